package textkit

import (
	"reflect"
	"strings"
	"testing"
)

func TestReflow(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		width int
		want  []string
	}{{
		name:  "wrapped sentence joins",
		lines: []string{"Der Präsident entließ am Samstag", "den Minister."},
		width: 32,
		want:  []string{"Der Präsident entließ am Samstag den Minister."},
	}, {
		name:  "short line ending a sentence ends the paragraph",
		lines: []string{"Erster Absatz endet hier.", "Zweiter Absatz beginnt."},
		width: 40,
		want:  []string{"Erster Absatz endet hier.", "Zweiter Absatz beginnt."},
	}, {
		name:  "full line ending a sentence continues the paragraph",
		lines: []string{"Ein Satz endet am Zeilenende.", "Weiter im Absatz."},
		width: 30,
		want:  []string{"Ein Satz endet am Zeilenende. Weiter im Absatz."},
	}, {
		name:  "closing quote after the full stop",
		lines: []string{"Er sagte: „Genug.“", "Neuer Absatz."},
		width: 40,
		want:  []string{"Er sagte: „Genug.“", "Neuer Absatz."},
	}, {
		name:  "compound hyphen at line end keeps the hyphen, no space",
		lines: []string{"Ein Sprecher des US-", "Außenministeriums widersprach."},
		width: 22,
		want:  []string{"Ein Sprecher des US-Außenministeriums widersprach."},
	}, {
		name:  "suspended compound before a conjunction keeps the space",
		lines: []string{"Nord-", "und Südkorea schwiegen."},
		width: 30,
		want:  []string{"Nord- und Südkorea schwiegen."},
	}, {
		name:  "dash between words is not a compound",
		lines: []string{"Es kam anders -", "wie erwartet."},
		width: 16,
		want:  []string{"Es kam anders - wie erwartet."},
	}, {
		name:  "blank line is a paragraph break",
		lines: []string{"Ohne Punkt", "", "Neu"},
		width: 80,
		want:  []string{"Ohne Punkt", "Neu"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Reflow(tt.lines, tt.width); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"9 Jan 2022", "2022-01-09"},
		{"9. Januar 2022", "2022-01-09"},
		{"09.01.2022", "2022-01-09"},
		{"9. 1. 2022", "2022-01-09"},
		{"2022-01-09", "2022-01-09"},
		{"2022-01", "2022-01"},
		{"2022", "2022"},
		{"2022-01-09T10:00:00Z", "2022-01-09"},
		{"Jan 9, 2022", "2022-01-09"},
		{"Januar 2022", "2022-01"},
		{"24. Februar 2022", "2022-02-24"},
		{"29.02.2024", "2024-02-29"},
		{"29.02.2022", ""},
		{"2022-13", ""},
		{"2022-00", ""},
		{"2022-01-00", ""},
		{"32 Jan 2022", ""},
		{"0 Jan 2022", ""},
		{"00.01.2022", ""},
		{"9 Foo 2022", ""},
		{"Am 9. Januar 2022 geschah es", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ParseDate(tt.in); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct{ in, source, rest string }{
		{"Ein Satz. (afp/oz)", "AFP", "Ein Satz."},
		{"Ein Satz. (dpa)", "dpa", "Ein Satz."},
		{"Ein Satz. (oz/Reuters)", "Reuters", "Ein Satz."},
		{"Ein Satz. (AFP, dpa)", "AFP", "Ein Satz."},
		{"Ein Satz (mit Klammer)", "", "Ein Satz (mit Klammer)"},
		{"Ein Satz. (oz)", "", "Ein Satz. (oz)"},
		{"Moskau (dpa) - Der Kreml schwieg.", "dpa", "Moskau (dpa) - Der Kreml schwieg."},
		{"Ein AFP-Reporter sah es.", "", "Ein AFP-Reporter sah es."},
		{"Laut AFP kam es zu Schüssen.", "", "Laut AFP kam es zu Schüssen."},
	}
	for _, tt := range tests {
		src, rest := Attribution(tt.in)
		if src != tt.source || rest != tt.rest {
			t.Errorf("Attribution(%q) = %q, %q; want %q, %q", tt.in, src, rest, tt.source, tt.rest)
		}
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Polizisten vor dem Rathaus. Foto: A. Beispiel/AFP via Getty Images", true},
		{"Demonstranten in Almaty Foto: dpa", true},
		{"Soldaten am Flughafen. © Agentur", true},
		{"Das Bild: Chaos in der Stadt.", false},
		{"Der Präsident entließ den Minister.", false},
		{"Foto:", false},
	}
	for _, tt := range tests {
		if got := IsCaption(tt.in); got != tt.want {
			t.Errorf("IsCaption(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Tokajew entlässt Berater", true},
		{"„Wir bleiben“: Protest in Almaty", true},
		{"Was geschah in Almaty?", true},
		{"Ein ganzer Satz mit Punkt.", false},
		{"klein geschrieben", false},
		{"Aufzählung:", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikeTitle(tt.in); got != tt.want {
			t.Errorf("LooksLikeTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	got := Paragraphs("  eins\nzwei \n\n\n drei\n")
	want := []string{"eins zwei", "drei"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if j := Join([]string{"a", " ", "b"}); j != "a\n\nb" {
		t.Errorf("Join = %q", j)
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Artikel teilen", true},
		{"• Drucken", true},
		{"Mehr zum Thema: Neue Proteste in Minsk", true},
		{"Lesedauer: 3 Min.", true},
		{"KOMMENTARE", true},
		{"Teilen.", true},
		{"Teilen sich die Minister die Arbeit, geht es schneller.", false},
		{"Die Anzeige gegen den Minister wurde fallen gelassen.", false},
		{"Mehr zum Thema " + strings.Repeat("sehr lang ", 20), false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsFurniture(tt.in); got != tt.want {
			t.Errorf("IsFurniture(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Stand: 09.01.2022 14:03 Uhr", "2022-01-09"},
		{"Stand: 9. Januar 2022, 14.03 Uhr", "2022-01-09"},
		{"Veröffentlicht am 21. Februar 2022", "2022-02-21"},
		{"Aktualisiert am 01.02.2021 | 09:15 MEZ", "2021-02-01"},
		{"Sonntag, 09.01.2022", "2022-01-09"},
		{"So. 9. Januar 2022, um 10:30 Uhr", "2022-01-09"},
		{"09.01.2022, 14:03 Uhr", "2022-01-09"},
		{"2022-01-09T14:03:00+01:00", "2022-01-09"},
		{"Datum 25.10.2021", "2021-10-25"},
		{"Januar 2022", "2022-01"},
		{"Stand: 2022", "2022"},
		{"2022", ""},
		{"Stand der Dinge ist unklar.", ""},
		{"Am 9. Januar 2022 begann der Einsatz.", ""},
		{"Der Präsident sprach am Sonntag.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DateLine(tt.in); got != tt.want {
			t.Errorf("DateLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
