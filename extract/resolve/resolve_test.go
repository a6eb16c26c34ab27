package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/text"
)

// resolveText runs segmentation, mention finding and resolution.
func resolveText(s string) ([]newsgraph.Entity, []newsgraph.Merge) {
	doc := text.Segment(newsgraph.Article{Text: s})
	return Resolve(doc, mentions.New().Find(doc))
}

func entityWith(ents []newsgraph.Entity, form string) *newsgraph.Entity {
	for i := range ents {
		e := &ents[i]
		if e.Name == form {
			return e
		}
		for _, a := range e.Aliases {
			if a == form {
				return e
			}
		}
	}
	return nil
}

// Texts below are written for these tests.
func TestResolveVariants(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		forms []string // must all be one entity
		canon string   // its name
		key   string
	}{
		{"transliteration and typo", "Präsident Kassim-Schomart Tojakow sprach. Später sagte Tokajew, Tokajew bleibe hart.",
			[]string{"Kassim-Schomart Tojakow", "Tokajew"}, "Kassim-Schomart Tojakow", "person:tokaev"},
		{"surname after full name", "Der Oppositionelle Ales Bjaljazki wurde verhaftet. Bjaljazki schwieg.",
			[]string{"Ales Bjaljazki", "Bjaljazki"}, "Ales Bjaljazki", "person:bialiaski"},
		{"genitive", "Nursultan Nasarbajew trat ab. Nasarbajews Einfluss blieb.",
			[]string{"Nursultan Nasarbajew", "Nasarbajew"}, "Nursultan Nasarbajew", "person:nasarbaev"},
		{"two spellings", "Nursultan Nazarbajew trat ab. Der frühere Präsident Nursultan Nasarbajew blieb.",
			[]string{"Nursultan Nazarbajew", "Nursultan Nasarbajew"}, "", ""},
		{"state variants", "Kirgistan schickte Soldaten. In Kirgisien protestierten viele. Kirgisistan schwieg.",
			[]string{"Kirgistan", "Kirgisien", "Kirgisistan"}, "Kirgistan", "state:kirgistan"},
		{"acronym variants", "Die OVKS schickte Truppen. Die ODKB bestätigte das. Die CSTO ist ein Bündnis.",
			[]string{"OVKS", "ODKB", "CSTO"}, "OVKS", "organization:ovks"},
		{"long form", "Die Organisation des Vertrages über kollektive Sicherheit (OVKS) tagte. Die OVKS schwieg.",
			[]string{"Organisation des Vertrages über kollektive Sicherheit", "OVKS"}, "OVKS", "organization:ovks"},
		{"capital as actor", "Moskau warnte Kiew. Russland schickte Truppen. Der Kreml schwieg.",
			[]string{"Moskau", "Russland", "Kreml"}, "Russland", "state:russland"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, merges := resolveText(tc.in)
			first := entityWith(ents, tc.forms[0])
			if first == nil {
				t.Fatalf("no entity for %q in %+v", tc.forms[0], ents)
			}
			for _, f := range tc.forms[1:] {
				if e := entityWith(ents, f); e != first {
					t.Errorf("%q and %q are not one entity: %+v", tc.forms[0], f, ents)
				}
			}
			if tc.canon != "" && first.Name != tc.canon {
				t.Errorf("name = %q, want %q", first.Name, tc.canon)
			}
			if tc.key != "" && first.Key != tc.key {
				t.Errorf("key = %q, want %q", first.Key, tc.key)
			}
			for _, m := range merges {
				if m.Into == "" || m.Reason == "" || m.Score <= 0 {
					t.Errorf("incomplete merge record %+v", m)
				}
			}
		})
	}
}

// TestResolveKeepsApart checks that different referents with similar
// names or codes stay apart.
func TestResolveKeepsApart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		a, b string
	}{
		{"same code, different people", "Ilham Alijew sprach mit Ali Alimow. Alimow schwieg.", "Ilham Alijew", "Ali Alimow"},
		{"husband and wife", "Iwan Petrow und Olga Petrowa kamen. Petrowa sprach zuerst.", "Iwan Petrow", "Olga Petrowa"},
		{"different given names", "Alexander Lukaschenko traf Wiktor Lukaschenko.", "Alexander Lukaschenko", "Wiktor Lukaschenko"},
		{"short names", "Präsident Putin traf Präsident Pudin.", "Putin", "Pudin"},
		{"Tokajew is not Tomaschow", "Präsident Tokajew traf Minister Tomaschow.", "Tokajew", "Tomaschow"},
		{"states", "Österreich und Australien verhandelten.", "Österreich", "Australien"},
		{"Slowakei and Slowenien", "Die Slowakei und Slowenien stimmten zu.", "Slowakei", "Slowenien"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, _ := resolveText(tc.in)
			a, b := entityWith(ents, tc.a), entityWith(ents, tc.b)
			if a == nil || b == nil {
				t.Fatalf("missing entity for %q or %q in %+v", tc.a, tc.b, ents)
			}
			if a == b {
				t.Errorf("%q and %q were merged", tc.a, tc.b)
			}
		})
	}
}

func TestResolveCoref(t *testing.T) {
	in := "Die OVKS schickte Truppen nach Almaty. Das Bündnis nannte keine Zahl. " +
		"Staatschef Kassym Tokajew dankte. Er sprach von Terror. Der Präsident blieb hart."
	ents, _ := resolveText(in)
	ovks := entityWith(ents, "OVKS")
	tok := entityWith(ents, "Kassym Tokajew")
	if ovks == nil || tok == nil {
		t.Fatalf("entities missing: %+v", ents)
	}
	cues := func(e *newsgraph.Entity) string {
		var c []string
		for _, m := range e.Mentions {
			c = append(c, m.Cue)
		}
		return strings.Join(c, " ")
	}
	if !strings.Contains(cues(ovks), "coref:description:bündnis") {
		t.Errorf("das Bündnis not linked to the OVKS: %s", cues(ovks))
	}
	if !strings.Contains(cues(tok), "coref:pronoun:er") || !strings.Contains(cues(tok), "coref:role:präsident") {
		t.Errorf("er / der Präsident not linked to Tokajew: %s", cues(tok))
	}
	for _, a := range tok.Aliases {
		if a == "Er" || a == "Präsident" {
			t.Errorf("description %q must not become an alias", a)
		}
	}
}

func TestResolveCrossArticleKey(t *testing.T) {
	a, _ := resolveText("Tokajew entließ die Regierung.")
	b, _ := resolveText("Präsident Qassym-Schomart Tokajew sprach.")
	ka, kb := entityWith(a, "Tokajew"), entityWith(b, "Qassym-Schomart Tokajew")
	if ka == nil || kb == nil {
		t.Fatalf("missing entities: %+v / %+v", a, b)
	}
	if ka.Key != kb.Key {
		t.Errorf("keys differ across articles: %q vs %q", ka.Key, kb.Key)
	}
}

func TestResolveFemalePronoun(t *testing.T) {
	in := "Die Oppositionelle Swetlana Tichanowskaja floh nach Litauen. Dort sagte sie, sie bleibe im Exil. " +
		"Die Beamten sagten, sie hätten nichts gewusst."
	ents, _ := resolveText(in)
	st := entityWith(ents, "Swetlana Tichanowskaja")
	if st == nil {
		t.Fatalf("no entity: %+v", ents)
	}
	n := 0
	for _, m := range st.Mentions {
		if m.Cue == "coref:pronoun:sie" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want the two singular 'sie' linked to Tichanowskaja, got %d: %+v", n, st.Mentions)
	}
}

// A surname with an Arabic article is later named without it.
func TestResolveArticleSurname(t *testing.T) {
	tests := []struct{ text, full, short string }{
		{"Präsident Omar al-Baschir reiste nach Kairo. Später sagte Baschir, er bleibe.", "Omar al-Baschir", "Baschir"},
		{"General Chalifa el-Haftari griff an. Haftari drohte weiter.", "Chalifa el-Haftari", "Haftari"},
	}
	for _, tc := range tests {
		ents, _ := resolveText(tc.text)
		full, short := entityWith(ents, tc.full), entityWith(ents, tc.short)
		if full == nil || full != short {
			t.Errorf("%q: %q and %q are not one entity: %+v", tc.text, tc.full, tc.short, ents)
		}
	}
}

// An organisation and the foreign acronym in brackets after it are one.
func TestResolveForeignAcronym(t *testing.T) {
	ents, _ := resolveText("Podemos verhandelt mit der Sozialistischen Arbeiterpartei (PSOE) über eine Koalition. Die PSOE zögert noch.")
	long, short := entityWith(ents, "Sozialistischen Arbeiterpartei"), entityWith(ents, "PSOE")
	if long == nil || long != short {
		t.Errorf("Sozialistischen Arbeiterpartei and PSOE are not one entity: %+v", ents)
	}
}

// An institution named only inside a compound (Nationalratsabgeordnete) is
// no description of the party named before it.
func TestResolveInstitutionDescription(t *testing.T) {
	tests := []struct {
		name, in, org, notCue string
	}{
		{"parliament in a deputy compound", "Die FPÖ protestierte. Die FPÖ tagte. Die grüne Nationalratsabgeordnete Gabi Muster widersprach.", "FPÖ", "nationalrat"},
		{"ministry in a spokesman compound", "Die OVKS schickte Truppen. Ein Ministeriumssprecher Karl Muster widersprach.", "OVKS", "ministerium"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, _ := resolveText(tc.in)
			org := entityWith(ents, tc.org)
			if org == nil {
				t.Fatalf("no entity %q in %+v", tc.org, ents)
			}
			for _, m := range org.Mentions {
				if strings.Contains(m.Cue, tc.notCue) {
					t.Errorf("%q linked to %s (%s)", m.Text, tc.org, m.Cue)
				}
			}
		})
	}
}

// A role description agrees in gender with the person it refers to.
func TestResolveRoleGender(t *testing.T) {
	in := "Der litauische Präsident Gitanas Nauseda sprach in Vilnius. Die Präsidentin der Kommission warnte Minsk."
	ents, _ := resolveText(in)
	n := entityWith(ents, "Gitanas Nauseda")
	if n == nil {
		t.Fatalf("no entity for Nauseda in %+v", ents)
	}
	for _, m := range n.Mentions {
		if strings.HasPrefix(m.Cue, "coref:role") {
			t.Errorf("%q (feminine) linked to Nauseda", m.Text)
		}
	}
	in = "Die Kanzlerin Angela Merkel sprach in Berlin. Die Kanzlerin warnte Minsk."
	ents, _ = resolveText(in)
	s := entityWith(ents, "Angela Merkel")
	if s == nil {
		t.Fatalf("no entity for Merkel in %+v", ents)
	}
	linked := false
	for _, m := range s.Mentions {
		linked = linked || strings.HasPrefix(m.Cue, "coref:role")
	}
	if !linked {
		t.Errorf("die Kanzlerin not linked to Merkel: %+v", s.Mentions)
	}
}

// "die Behörden" is no description of the alliance named before.
func TestResolveAuthoritiesAreNoAlliance(t *testing.T) {
	ents, _ := resolveText("Die Nato tagte in Brüssel. Die Behörden in Minsk nahmen den Blogger Roman Protassewitsch fest.")
	nato := entityWith(ents, "NATO")
	if nato == nil {
		nato = entityWith(ents, "Nato")
	}
	if nato == nil {
		t.Fatalf("no NATO entity in %+v", ents)
	}
	for _, m := range nato.Mentions {
		if strings.HasPrefix(m.Cue, "coref:") {
			t.Errorf("%q linked to the NATO (%s)", m.Text, m.Cue)
		}
	}
	for _, e := range ents {
		if e.Name == "Behörden" || e.Name == "Behörde" {
			t.Errorf("generic description became an entity: %+v", e)
		}
	}
}
