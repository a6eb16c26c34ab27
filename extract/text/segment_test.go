package text

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func sentences(s string) []string {
	doc := Segment(newsgraph.Article{Text: s})
	out := make([]string, len(doc.Sentences))
	for i, sn := range doc.Sentences {
		out[i] = sn.Text
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Der Rat tagte. Die Minister kamen.", []string{"Der Rat tagte.", "Die Minister kamen."}},
		{"z. B.", "Es gibt Gründe, z. B. den Preis. Danach kam Ruhe.", []string{"Es gibt Gründe, z. B. den Preis.", "Danach kam Ruhe."}},
		{"z.B. joined", "Viele, z.B. Bauern, protestierten. Sie blieben.", []string{"Viele, z.B. Bauern, protestierten.", "Sie blieben."}},
		{"Dr.", "Dr. Meier sprach mit Prof. Dr. Lange. Beide schwiegen.", []string{"Dr. Meier sprach mit Prof. Dr. Lange.", "Beide schwiegen."}},
		{"date", "Am 9. Januar begann es. Am 10. kam das Militär.", []string{"Am 9. Januar begann es.", "Am 10. kam das Militär."}},
		{"ordinal", "Das ist die 2. Runde der Gespräche.", []string{"Das ist die 2. Runde der Gespräche."}},
		{"thousands", "Es kamen 2.000 Soldaten und 1.600 Polizisten. Dann 3,5 Kilometer weiter.", []string{"Es kamen 2.000 Soldaten und 1.600 Polizisten.", "Dann 3,5 Kilometer weiter."}},
		{"year end", "Das war schon 2019. Dann kam der Umsturz.", []string{"Das war schon 2019.", "Dann kam der Umsturz."}},
		{"quote end", "Er sagte: „Wir bleiben.“ Dann ging er.", []string{"Er sagte: „Wir bleiben.“", "Dann ging er."}},
		{"guillemets", "»Dutzende« seien gestorben, hieß es. »Wir helfen.« Mehr nicht.", []string{"»Dutzende« seien gestorben, hieß es.", "»Wir helfen.«", "Mehr nicht."}},
		{"question in quote", "„Warum?“, fragte sie. Keiner antwortete.", []string{"„Warum?“, fragte sie.", "Keiner antwortete."}},
		{"dash", "Dann kam die Nacht - und mit ihr die Gewalt. Alle flohen.", []string{"Dann kam die Nacht - und mit ihr die Gewalt.", "Alle flohen."}},
		{"heading", "Unruhen im Land\n\nDie Armee rückte vor. Sie schoss.", []string{"Unruhen im Land", "Die Armee rückte vor.", "Sie schoss."}},
		{"lower after period", "Das kostet ca. fünf Euro. Gut.", []string{"Das kostet ca. fünf Euro.", "Gut."}},
		{"initial", "Der Politiker Wladimir W. Putin sprach.", []string{"Der Politiker Wladimir W. Putin sprach."}},
		{"usw. may end", "Brot, Milch usw. Dann kam niemand.", []string{"Brot, Milch usw.", "Dann kam niemand."}},
		{"ellipsis", "Er wartete … Dann ging er.", []string{"Er wartete …", "Dann ging er."}},
		{"exclamation", "Weg da! Sofort!", []string{"Weg da!", "Sofort!"}},
		{"empty", "", []string{}},
		{"only space", " \n\t ", []string{}},
		{"no final punct", "Ein Satz ohne Punkt", []string{"Ein Satz ohne Punkt"}},
		{"unwrapped lines", strings.Repeat("x", 120) + " Ende\nNeuer Absatz.", []string{strings.Repeat("x", 120) + " Ende", "Neuer Absatz."}},
		{"wrapped lines", "Seit einem entsprechenden Befehl des Präsidenten am vergangenen Freitag\ndürfen sie schießen, und zwar ohne jede Vorwarnung an die Menge, sagte er\nheute in der Hauptstadt vor den versammelten Journalisten des Landes.\nKurz.",
			[]string{"Seit einem entsprechenden Befehl des Präsidenten am vergangenen Freitag\ndürfen sie schießen, und zwar ohne jede Vorwarnung an die Menge, sagte er\nheute in der Hauptstadt vor den versammelten Journalisten des Landes.", "Kurz."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"US-Außenamtssprecher Ned Price", []string{"US-Außenamtssprecher", "Ned", "Price"}},
		{"der Sender Chabar-24.", []string{"der", "Sender", "Chabar-24", "."}},
		{"2.000 Soldaten, 3,5 km", []string{"2.000", "Soldaten", ",", "3,5", "km"}},
		{"am 9. Januar", []string{"am", "9.", "Januar"}},
		{"„Normalisierung der Lage“", []string{"„", "Normalisierung", "der", "Lage", "“"}},
		{"(OVKS) z. B. Dr. Who", []string{"(", "OVKS", ")", "z.", "B.", "Dr.", "Who"}},
		{"den 2000er-Jahren", []string{"den", "2000er-Jahren"}},
		{"Ende...Anfang", []string{"Ende", "...", "Anfang"}},
		{"Er - sie", []string{"Er", "-", "sie"}},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.in)
		var got []string
		for _, tk := range toks {
			if tc.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets [%d,%d) = %q", tc.in, tk.Text, tk.Start, tk.End, tc.in[tk.Start:tk.End])
			}
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenKinds(t *testing.T) {
	toks := Tokenize("Am 9. Januar kamen 2.000 Soldaten.")
	want := []TokenKind{Word, Number, Word, Word, Number, Word, Punct}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %q kind %d, want %d", toks[i].Text, toks[i].Kind, k)
		}
	}
}

func TestSegmentOffsets(t *testing.T) {
	in := "Präsident Tokajew entließ ihn.\n\n„Wir bleiben“, sagte Müller."
	doc := Segment(newsgraph.Article{Text: in})
	for _, s := range doc.Sentences {
		if in[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d offsets wrong", s.Index)
		}
		for _, tk := range s.Tokens {
			if in[tk.Start:tk.End] != tk.Text || tk.Start < s.Start || tk.End > s.End {
				t.Errorf("token %q offsets wrong", tk.Text)
			}
		}
	}
}

func TestSegmentBadInput(t *testing.T) {
	// invalid UTF-8 and control bytes must not panic and must keep offsets valid
	in := "Ab\xff\xfe c. \x00 Der\xc3"
	doc := Segment(newsgraph.Article{Text: in})
	for _, s := range doc.Sentences {
		for _, tk := range s.Tokens {
			if tk.Start < 0 || tk.End > len(in) || tk.Start >= tk.End {
				t.Errorf("bad token %+v", tk)
			}
		}
	}
}
