package relations

import "testing"

// Sentences written for these tests: general constructions of agency
// German (who caused a passive act, troops without a destination in their
// clause, predicate nominals, shared subjects of coordinated clauses).

func TestPassiveCauser(t *testing.T) {
	runCases(t, []relCase{
		{
			name: "s-genitive before the order noun",
			text: "Auf Mareks Anordnung wurde der Journalist Emil Roth verhaftet.",
			ents: []ent{P("Ivo Marek", "Mareks"), P("Emil Roth")},
			want: []string{"arrested Ivo Marek -> Emil Roth"},
			not:  []string{"arrested - -> Emil Roth"},
		},
		{
			name: "von after the order noun",
			text: "Der Minister Karel Dvorak wurde auf Anordnung von Präsident Ivo Marek entlassen.",
			ents: []ent{P("Ivo Marek"), P("Karel Dvorak")},
			want: []string{"dismissed Ivo Marek -> Karel Dvorak"},
		},
		{
			name: "genitive role description after the order noun",
			text: "Auf Befehl des Generals Omar Sadik wurde die Ministerin Lea Brandt festgenommen.",
			ents: []ent{P("Omar Sadik"), P("Lea Brandt")},
			want: []string{"arrested Omar Sadik -> Lea Brandt"},
		},
		{
			name: "an order noun without auf names no causer",
			text: "Die Anordnung von Ivo Marek wurde kritisiert, Emil Roth wurde verhaftet.",
			ents: []ent{P("Ivo Marek"), P("Emil Roth")},
			not:  []string{"arrested Ivo Marek -> Emil Roth"},
		},
	})
}
