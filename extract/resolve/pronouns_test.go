package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// pronounTarget returns the entity whose mentions include the pronoun
// mention with text form (the nth occurrence, 0-based) or "".
func pronounTarget(ents []newsgraph.Entity, s, form string, nth int) string {
	at := -1
	for k, off := 0, 0; k <= nth; k++ {
		i := strings.Index(s[off:], form)
		if i < 0 {
			return ""
		}
		at = off + i
		off = at + len(form)
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Span.Start == at && m.Text == form {
				return e.Name
			}
		}
	}
	return ""
}

// Sentences written for this test.
func TestPronounAntecedents(t *testing.T) {
	tests := []struct {
		name, in, form string
		nth            int
		want           string // "" = linked to no entity
	}{
		{"object pronoun skips its own subject", "Der Oppositionelle Pavel Horak blieb in Haft. Präsident Ivo Marek ließ ihn nicht frei.",
			"ihn", 0, "Pavel Horak"},
		{"dative pronoun skips its own subject", "Der Kanzler Jan Brodsky sagte Hilfe zu. Präsident Ivo Marek dankte ihm dafür.",
			"ihm", 0, "Jan Brodsky"},
		{"object pronoun after a comma may be the subject of another clause", "Als Ivo Marek ankam, begrüßte ihn der Botschafter.",
			"ihn", 0, "Ivo Marek"},
		{"object pronoun after und may be the subject of the first clause", "Ivo Marek landete in Prag und die Polizei empfing ihn am Flughafen.",
			"ihn", 0, "Ivo Marek"},
		{"plain possessive is the subject", "Präsident Ivo Marek kritisierte seinen Minister.",
			"seinen", 0, "Ivo Marek"},
		{"possessive of a predicate successor is not the subject", "Jan Brodsky regierte lange. Später wurde Ivo Marek sein Nachfolger.",
			"sein", 0, "Jan Brodsky"},
		{"possessive of an object successor is the subject", "Jan Brodsky regierte lange. Ivo Marek lobte seinen Nachfolger.",
			"seinen", 0, "Ivo Marek"},
		{"ihr before a party is a woman's named by a feminine role", "Die Regierungschefin Ulo Brandu wurde festgenommen. Auch Abgeordnete ihrer Partei wurden abgeführt.",
			"ihrer", 0, "Ulo Brandu"},
		{"a role description followed by an apposed name refers back to no one", "Präsident Ivo Marek kam nach Ostburg. Dort sprach er mit dem Präsidenten des Senats, dem Abgeordneten Jan Brodsky.",
			"Präsidenten", 0, ""},
		{"a role description followed by a bare apposed name refers back to no one", "Präsident Ivo Marek kam nach Ostburg. Dort sprach er mit dem Präsidenten des Senats, Jan Brodsky.",
			"Präsidenten", 0, ""},
		{"a name after the comma that goes on into a clause is no apposition", "Minister Ivo Marek kam nach Ostburg. Die Gewerkschaft warf dem Minister vor, Jan Brodsky schützen zu wollen.",
			"Minister", 1, "Ivo Marek"},
		{"a role description before a relative clause still refers back", "Präsident Ivo Marek kam nach Ostburg. Dort empfing der Präsident, den Jan Brodsky begleitete, die Presse.",
			"Präsident", 1, "Ivo Marek"},
		{"ihr before another noun stays unlinked", "Die Regierungschefin Mira Oslo wurde festgenommen. Auch ihre Kinder wurden abgeführt.",
			"ihre", 0, ""},
		{"ihr before a party with only men named stays unlinked", "Der Regierungschef Ivo Marek wurde festgenommen. Auch Abgeordnete ihrer Partei wurden abgeführt.",
			"ihrer", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, _ := resolveText(tc.in)
			if got := pronounTarget(ents, tc.in, tc.form, tc.nth); got != tc.want {
				t.Errorf("%q → %q, want %q", tc.form, got, tc.want)
			}
		})
	}
}

// Text written for this test.
func TestClassifierNounIsNoReference(t *testing.T) {
	in := "Die Vereinten Nationen verurteilten den Angriff. Eine Klinik wird von der Hilfsorganisation Ärzte ohne Grenzen unterstützt."
	ents, _ := resolveText(in)
	at := strings.Index(in, "Hilfsorganisation")
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Span.Start == at {
				t.Errorf("Hilfsorganisation linked to %s (%s), want no entity: it classifies the name after it", e.Name, m.Cue)
			}
		}
	}
}

// Text written for this test.
func TestPluralDescriptionIsNoReference(t *testing.T) {
	tests := []struct{ name, in, form string }{
		{"plural of a party description", "Die NVP verlor die Wahl deutlich. Der Gesandte rief alle Konfliktparteien zur Ruhe auf.", "Konfliktparteien"},
		{"plain plural of a party description", "Die NVP verlor die Wahl deutlich. Der Gesandte rief die verfeindeten Parteien zur Ruhe auf.", "Parteien"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, _ := resolveText(tc.in)
			if got := pronounTarget(ents, tc.in, tc.form, 0); got != "" {
				t.Errorf("%q linked to %q, want no entity: a plural names several groups", tc.form, got)
			}
		})
	}
	// the singular still refers back
	in := "Die NVP verlor die Wahl deutlich. Die Partei will nun in die Opposition gehen."
	ents, _ := resolveText(in)
	if got := pronounTarget(ents, in, "Partei", 0); got != "NVP" {
		t.Errorf("Partei → %q, want NVP", got)
	}
}
