package nd_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/loadertest"
	"github.com/newsgraph/newsgraph/loaders/nd"
)

func TestSuite(t *testing.T) {
	loadertest.Run(t, nd.Format, loadertest.Samples(t, "testdata"))
}

func TestRead(t *testing.T) {
	sample, err := os.ReadFile("testdata/seite.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		want newsgraph.Article
	}{{
		name: "full page",
		in:   string(sample),
		want: newsgraph.Article{Source: "nd", Title: "Bündnis schickt Soldaten",
			Authors: []string{"Erika Muster", "Max Beispiel"},
			Text: "Die Allianz entsendet erstmals Truppen in ein Mitgliedsland\n\n" +
				"Die Allianz hat am Donnerstag erste Einheiten nach Almaty verlegt. Der Präsident hatte um Unterstützung gebeten.\n\n" +
				"Kritiker sprechen von einem Präzedenzfall. Die Regierung weist das zurück."},
	}, {
		name: "no subtitle, date bullet, no appeal",
		in:   "Titel\n\n  • Lesedauer: 1 Min.\n  • 09.01.2022\n\nEin Satz.\n",
		want: newsgraph.Article{Source: "nd", Title: "Titel", Date: "2022-01-09", Text: "Ein Satz."},
	}, {
		name: "no byline: a headline-like opening becomes the title",
		in:   "Werbung\n\nEine Überschrift\n\nDer erste Absatz.\n\nDer zweite Absatz.\n",
		want: newsgraph.Article{Source: "nd", Title: "Eine Überschrift", Text: "Der erste Absatz.\n\nDer zweite Absatz."},
	}, {
		name: "only boilerplate",
		in:   "Werbung\n\nTitel\n\n  • Lesedauer: 1 Min.\n\nWerde Mitglied der nd.Genossenschaft!\n",
		want: newsgraph.Article{Source: "nd", Title: "Titel"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := nd.Read("x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !reflect.DeepEqual(got[0], tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Werbung\n\nTitel\n\n  • Autorin\n", true},
		{"Titel\n\n  • Lesedauer: 3 Min.\n", true},
		{"Werbung\n\nTitel\n\nText.\n", false},
		{"Titel\n\nText mit • Punkt.\n", false},
	}
	for _, tt := range tests {
		if got := nd.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// Boilerplate only: the loader reports that nothing is left.
func TestEmptyBody(t *testing.T) {
	in := "Werbung\n\nTitel\n\n  • Lesedauer: 1 Min.\n\nWerde Mitglied der nd.Genossenschaft!\n"
	_, err := loaders.ReadBytes("leer.txt", []byte(in))
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "leer.txt") || !strings.Contains(err.Error(), "no article text") {
		t.Errorf("got %v, want EINVALID naming the file and the reason", err)
	}
}

func TestSeed(t *testing.T) {
	arts, err := loaders.ReadFile(loadertest.Shared(t, filepath.Join("seeds", "003_1d590dfdadad7d41.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	a := arts[0]
	if a.Format != "nd" || a.Source != "nd" || a.Title != "Russland greift in Kasachstan ein" || !reflect.DeepEqual(a.Authors, []string{"Birger Schütz"}) {
		t.Errorf("format %q source %q title %q authors %q", a.Format, a.Source, a.Title, a.Authors)
	}
	if !strings.HasPrefix(a.Text, "Das von Moskau dominierte Militärbündnis OVKS entsendet") {
		t.Errorf("text should open with the subtitle, starts %q", a.Text[:60])
	}
	if !strings.HasSuffix(a.Text, "ist er nach Dubai geflogen.") {
		t.Errorf("text should end with the last body paragraph, ends %q", a.Text[len(a.Text)-60:])
	}
	for _, junk := range []string{"Werbung", "Lesedauer", "•", "Genossenschaft", "»nd«", "Mit deiner Unterstützung", "→"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text still holds %q", junk)
		}
	}
}
