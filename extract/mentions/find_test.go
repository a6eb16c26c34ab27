package mentions

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

func find(s string) []Mention {
	return New().Find(text.Segment(newsgraph.Article{Text: s}))
}

// has reports whether ms contains a mention with this text, type and kind.
func has(ms []Mention, txt string, t newsgraph.EntityType, k Kind) bool {
	for _, m := range ms {
		if m.Text == txt && m.Type == t && m.Kind == k {
			return true
		}
	}
	return false
}

func dump(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %q %s %s canon=%q base=%q cue=%s", m.Text, m.Type, m.Kind, m.Canon, m.Base, m.Cue)
	}
	return b.String()
}

// Sentences below are written for these tests; the names are invented or
// public figures, never copied from articles.
func TestFindCues(t *testing.T) {
	P, O, S, L, E := newsgraph.Person, newsgraph.Organization, newsgraph.State, newsgraph.Place, newsgraph.Event
	tests := []struct {
		name  string
		in    string
		want  string
		typ   newsgraph.EntityType
		kind  Kind
		canon string
	}{
		{"role + unknown surname", "Gestern sprach Präsident Dschamschidow vor dem Parlament.", "Dschamschidow", P, Name, ""},
		{"compound role with prefix", "Das sagte US-Außenamtssprecherin Maria Lindqvist am Abend.", "Maria Lindqvist", P, Name, ""},
		{"prefix of a role compound", "Das sagte US-Außenamtssprecherin Maria Lindqvist am Abend.", "US", S, Part, "USA"},
		{"adjectival role", "Der stellvertretende Gesundheitsminister Bachyt Omarow trat zurück.", "Bachyt Omarow", P, Name, ""},
		{"closed compound with a body", "Der Dumaabgeordnete Pjotr Sidorenko widersprach.", "Duma", O, Part, "Staatsduma"},
		{"given name + unknown surname", "Am Mittwoch traf Aliaksandr Ziuzko die Delegation.", "Aliaksandr Ziuzko", P, Name, ""},
		{"surname shape alone", "Dazu schwieg Abdrachmanow lange.", "Abdrachmanow", P, Name, ""},
		{"surname shape -jan", "Auch Hakobjan war anwesend.", "Hakobjan", P, Name, ""},
		{"state", "Truppen aus Tadschikistan kamen an.", "Tadschikistan", S, Name, "Tadschikistan"},
		{"state variant", "Auch Kirgisien schickte Soldaten.", "Kirgisien", S, Name, "Kirgistan"},
		{"state genitive", "Die Regierung Usbekistans schwieg.", "Usbekistans", S, Name, "Usbekistan"},
		{"demonym", "Die usbekischen Soldaten blieben in der Kaserne.", "usbekischen", S, Demonym, "Usbekistan"},
		{"demonym with compass prefix", "Im nordkasachischen Steppenland regnete es.", "nordkasachischen", S, Demonym, "Kasachstan"},
		{"capital as actor", "Taschkent warnte vor einer Eskalation.", "Taschkent", S, Name, "Usbekistan"},
		{"capital as location", "Die Delegation flog nach Taschkent.", "Taschkent", L, Name, "Taschkent"},
		{"government in a capital", "Die Regierung in Paris schwieg.", "Paris", S, Name, "Frankreich"},
		{"seat of power", "Der Kreml dementierte alles.", "Kreml", S, Name, "Russland"},
		{"acronym", "Die Partei XYZP rief zum Streik auf.", "XYZP", O, Acronym, ""},
		{"international acronym variant", "Die ODKB schickte Soldaten.", "ODKB", O, Acronym, "OVKS"},
		{"long form with acronym", "Das Komitee für nationale Sicherheit (KNB) teilte mit, es sei ruhig.", "Komitee für nationale Sicherheit", O, Name, "KNB"},
		{"institution", "Das Verteidigungsministerium nannte keine Zahlen.", "Verteidigungsministerium", O, Name, ""},
		{"institution with adjective", "Das russische Außenministerium protestierte.", "russische Außenministerium", O, Name, ""},
		{"capitalised adjective + bare head", "Das Auswärtige Amt riet von Reisen ab.", "Auswärtige Amt", O, Name, ""},
		{"media noun + name", "Das berichtete die Nachrichtenagentur Interfax-Kasachstan.", "Interfax-Kasachstan", O, Name, ""},
		{"channel in quotes", "Der Telegramkanal „Rudaw“ meldete Schüsse.", "Rudaw", O, Name, ""},
		{"description + name", "Die Menschenrechtsorganisation Iskra zählte Opfer.", "Iskra", O, Name, ""},
		{"name + org noun", "Ein Experte vom Kennan Center sprach.", "Kennan Center", O, Name, ""},
		{"event noun", "Die Regierung verhängte eine Ausgangssperre.", "Ausgangssperre", E, Name, ""},
		{"event compound inflected", "Nach Ende des Ausnahmezustands kehrte Ruhe ein.", "Ausnahmezustands", E, Name, ""},
		{"place after preposition", "Die Proteste begannen in Schymkent.", "Schymkent", L, Name, "Schymkent"},
		{"unknown place after preposition", "Die Proteste begannen in Kyzylorda-Süd.", "Kyzylorda-Süd", L, Name, ""},
		{"place-name ending after a preposition", "Der Zug hielt in Fichtenstedt.", "Fichtenstedt", L, Name, ""},
		{"person not a city", "Die Aktivistin Sofia Brandt wurde verhaftet.", "Sofia Brandt", P, Name, ""},
		{"genitive before a role", "Gestern widersprach Ramaphosas Sprecher dem Bericht.", "Ramaphosas", P, Name, ""},
		{"subject of a speech verb", "Das sei falsch, sagte Ramaphosa am Abend.", "Ramaphosa", P, Name, ""},
		{"role description", "Der Präsident schwieg dazu.", "Präsident", P, Description, ""},
		{"org description", "Das Bündnis schickte Truppen.", "Bündnis", O, Description, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := find(tc.in)
			found := false
			for _, m := range ms {
				if m.Text == tc.want && m.Type == tc.typ && m.Kind == tc.kind && (tc.canon == "" || m.Canon == tc.canon) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: want %q %s %s canon=%q; got%s", tc.in, tc.want, tc.typ, tc.kind, tc.canon, dump(ms))
			}
		})
	}
}

// TestFindNegatives lists words that must not become entities.
func TestFindNegatives(t *testing.T) {
	tests := []struct {
		in  string
		not string
	}{
		{"Insgesamt wurden 300 Menschen verletzt.", "Insgesamt"},
		{"Viele Kirgisen handelten aus Solidarität mit den Nachbarn.", "Solidarität"},
		{"Die Beamten der Polizei kamen zu spät.", "Beamten"},
		{"Sie wurden in Gewahrsam genommen.", "Gewahrsam"},
		{"Dann kam die Nacht und mit ihr die Gewalt.", "Dann"},
		{"Das Amt wurde neu besetzt.", "Amt"},
		{"Nach Polizeiangaben gab es Tote.", "Polizeiangaben"},
		{"Die Lagerhallen waren leer, der Vorrat aufgebraucht.", "Vorrat"},
	}
	for _, tc := range tests {
		for _, m := range find(tc.in) {
			if m.Text == tc.not && m.Kind != Description && m.Kind != Pronoun {
				t.Errorf("%q: %q found as %s %s (cue %s)", tc.in, tc.not, m.Type, m.Kind, m.Cue)
			}
		}
	}
}

func TestFindOffsetsAndEvidence(t *testing.T) {
	in := "Am Freitag entließ Präsident Tokajew den Chef des KNB.\n\nDanach reiste er nach Moskau."
	doc := text.Segment(newsgraph.Article{Text: in})
	ms := New().Find(doc)
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range ms {
		if in[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("mention %q has span text %q", m.Text, in[m.Span.Start:m.Span.End])
		}
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
			t.Errorf("mention %q: sentence %d out of range", m.Text, m.Sentence)
		}
		if m.Cue == "" {
			t.Errorf("mention %q has no cue", m.Text)
		}
	}
	if !has(ms, "Moskau", newsgraph.Place, Name) {
		t.Errorf("Moskau after nach should be a place:%s", dump(ms))
	}
}

func TestFindBadInput(t *testing.T) {
	for _, in := range []string{"", "\x00\x01", "\xff\xfe\xfd", strings.Repeat("A", 10000), strings.Repeat("Präsident ", 2000), "( ) ( (X) ) (", "„“»«"} {
		_ = find(in) // must not panic
	}
}

func TestSuffixSet(t *testing.T) {
	var s suffixSet
	for _, w := range []string{"sprecher", "präsident", "chef", "staatschef"} {
		s.add(w)
	}
	tests := []struct {
		in   string
		stem string
		at   int
	}{
		{"us-außenamtssprecherin", "sprecher", len("us-außenamts")},
		{"staatschefs", "staatschef", 0},
		{"präsidenten", "präsident", 0},
		{"geheimdienstchef", "chef", len("geheimdienst")},
		{"regierung", "", -1},
	}
	for _, tc := range tests {
		stem, at := s.match(tc.in)
		if stem != tc.stem || at != tc.at {
			t.Errorf("match(%q) = %q,%d, want %q,%d", tc.in, stem, at, tc.stem, tc.at)
		}
	}
}

func TestIsCommonNoun(t *testing.T) {
	l := Default()
	for _, w := range []string{"regierung", "sicherheitskräfte", "menschenrechtsverletzungen", "politik", "solidarität", "präsidentenwahl",
		// genitives, nominalised adjectives and participles, infinitives
		"jahres", "landes", "allgemeinen", "vorsitzender", "abgeordneter", "laufen", "terrorakt", "flüssiggas"} {
		if !l.IsCommonNoun(w) {
			t.Errorf("IsCommonNoun(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"tokajew", "abdymomunow", "nasarbajew", "paschinjan", "lukaschenko", "mediazona",
		// names the general word list holds, which are no noun forms
		"paderborn", "stalin", "goethe"} {
		if l.IsCommonNoun(w) {
			t.Errorf("IsCommonNoun(%q) = true, want false", w)
		}
	}
}

func TestTagger(t *testing.T) {
	tests := []struct {
		toks []string
		want []string
	}{
		{strings.Fields("Der russische Präsident Wladimir Putin reiste nach Kasachstan ."),
			[]string{"O", "B-LOCderiv", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"}},
		{strings.Fields("Ein Kreml-Sprecher und die OVKS widersprachen ."),
			[]string{"O", "B-LOCpart", "O", "O", "B-ORG", "O", "O"}},
		// GermEval tags names, not bare institution nouns
		{strings.Fields("Das russische Außenministerium widersprach ."),
			[]string{"O", "B-LOCderiv", "O", "O", "O"}},
		{strings.Fields("Das meldete die Staatliche Universität Grodno ."),
			[]string{"O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"}},
		{strings.Fields("Die Reste einer römischen Therme liegen bei Rom ."),
			[]string{"O", "O", "O", "B-LOCderiv", "O", "O", "O", "B-LOC", "O"}},
		{strings.Fields("Neil Armstrong betrat den Mond ."),
			[]string{"B-PER", "I-PER", "O", "O", "O", "O"}},
		{strings.Fields("Nach dem Zweiten Weltkrieg kostete das Haus 300 € ."),
			[]string{"O", "O", "B-OTH", "I-OTH", "O", "O", "O", "O", "B-OTH", "O"}},
		// GermEval writes "St. Moritz" as three tokens; the point ends no sentence
		{strings.Fields("Sie fuhren nach St . Moritz zum Skifahren ."),
			[]string{"O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"}},
		{strings.Fields("Die Itzehoer Polizei fand die Griechen in Berlin-Mitte ."),
			[]string{"O", "B-LOCderiv", "O", "O", "O", "B-LOCderiv", "O", "B-LOC", "O"}},
		// a slash list or stray punctuation keeps the whole token a name
		{strings.Fields("Die Strecke München/Hamburg ist neu ."),
			[]string{"O", "O", "B-LOC", "O", "O", "O"}},
		{[]string{}, []string{}},
	}
	tg := NewTagger()
	for _, tc := range tests {
		got := tg.Tag(tc.toks)
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Tag(%q)\n got %q\nwant %q", tc.toks, got, tc.want)
		}
	}
}

// A role is named by one stem for women and men and for every inflected
// form, so that descriptions find the person and graph attributes agree.
func TestRoleGenders(t *testing.T) {
	tests := []struct {
		in, name, role string
	}{
		{"Der Vorsitzende Kwabenaro sprach lange.", "Kwabenaro", "vorsitzend"},
		{"Die Vorsitzende Maria Kwabenara sprach lange.", "Maria Kwabenara", "vorsitzend"},
		{"Die Ministerin Maria Kwabenara sprach lange.", "Maria Kwabenara", "minister"},
		{"Der Minister Tomas Kwabenaro sprach lange.", "Tomas Kwabenaro", "minister"},
		{"Die Sprecherin Maria Kwabenara sprach lange.", "Maria Kwabenara", "sprecher"},
		{"Die Königin Maria sprach lange.", "Maria", "könig"},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range find(tc.in) {
			if m.Text == tc.name {
				got = append(got, m.Role)
			}
		}
		if len(got) != 1 || got[0] != tc.role {
			t.Errorf("%q: role of %q = %q, want %q", tc.in, tc.name, got, tc.role)
		}
	}
	for _, w := range []string{"Der Vorsitzender des Rates erschien nicht."} {
		for _, m := range find(w) {
			if m.Kind == Description && m.Role != "vorsitzend" {
				t.Errorf("%q: description role %q, want vorsitzend", w, m.Role)
			}
		}
	}
}

// Web and mail addresses and currencies are names of no graph type
// (GermEval OTH).
func TestOtherNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mehr dazu steht auf beispiel.de und im Heft.", "beispiel.de"},
		{"Fragen an info@beispiel-verlag.com bitte.", "info@beispiel-verlag.com"},
		{"Das kostete damals 300 D-Mark pro Monat.", "D-Mark"},
		{"Der Preis stieg auf 20 Gulden im Jahr.", "Gulden"},
	}
	for _, tc := range tests {
		if !has(find(tc.in), tc.want, "", Name) {
			t.Errorf("%q: want %q as other name; got%s", tc.in, tc.want, dump(find(tc.in)))
		}
	}
	if ms := find("Er kam um 10.30 Uhr an."); len(ms) > 0 {
		for _, m := range ms {
			if strings.HasPrefix(m.Cue, "other:address") {
				t.Errorf("a time is no address: %s", dump(ms))
			}
		}
	}
}
