package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// pipelineCase is a text written for these tests and the relations the
// whole pipeline must (want) and must not (not) find in it, each as
// "type subject -> object" by entity name.
type pipelineCase struct {
	name, text string
	want, not  []string
}

// runPipelineCases extracts each case's text as an article of the given
// date and checks its relations.
func runPipelineCases(t *testing.T, date string, tests []pipelineCase) {
	t.Helper()
	p := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := p.Extract(newsgraph.Article{Date: date, Text: tc.text})
			name := map[string]string{}
			for _, e := range an.Entities {
				name[e.Key] = e.Name
			}
			got := map[string]bool{}
			for _, r := range an.Relations {
				got[r.Type+" "+name[r.Subject]+" -> "+name[r.Object]] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("unexpected %q", n)
				}
			}
			if t.Failed() {
				var all []string
				for k := range got {
					all = append(all, k)
				}
				sort.Strings(all)
				t.Logf("got:\n  %s", strings.Join(all, "\n  "))
			}
		})
	}
}

// Constructions whose arguments only the whole pipeline can fill
// (pronouns and possessives linked by the resolver).
func TestPipelineConstructions(t *testing.T) {
	runPipelineCases(t, "2022-01-10", []pipelineCase{
		{
			name: "object pronoun refers to the person before the clause",
			text: "Der frühere Präsident Wiktor Janukowitsch verliert an Einfluss. Präsident Wolodymyr Selenskyj setzte ihn als Berater ab.",
			want: []string{"dismissed Wolodymyr Selenskyj -> Wiktor Janukowitsch"},
		},
		{
			name: "dative pronoun refers to the person named in the sentence before",
			text: "Der Kanzler Olaf Scholz sagte Hilfe zu. Präsident Wolodymyr Selenskyj dankte ihm dafür.",
			want: []string{"thanked Wolodymyr Selenskyj -> Olaf Scholz"},
		},
		{
			name: "predicate successor with a possessive",
			text: "Nursultan Nasarbajew regierte lange. 2019 wurde Kassym-Schomart Tokajew sein Nachfolger.",
			want: []string{"succeeded Kassym-Schomart Tokajew -> Nursultan Nasarbajew"},
		},
		{
			name: "a woman's party named with a possessive",
			text: "Soldaten nahmen die Regierungschefin Aung San Suu Kyi fest. Auch Abgeordnete ihrer Nationalen Liga für Demokratie (NLD) wurden abgeführt.",
			want: []string{"member_of Aung San Suu Kyi -> NLD"},
		},
		{
			name: "a possessive predecessor as the subject",
			text: "Das Parlament wählte Alichan Smailow zum Regierungschef. Sein Vorgänger Askar Mamin war entlassen worden.",
			want: []string{"succeeded Alichan Smailow -> Askar Mamin"},
		},
	})
}

// Articles naming several states, where an office named without its state
// must get the right one or none.
func TestPipelineOfficeStates(t *testing.T) {
	runPipelineCases(t, "2022-03-01", []pipelineCase{
		{
			name: "a president named after the invader's troops is not the invader's",
			text: "Die Ukraine meldet schwere Kämpfe. In der Ukraine fliehen Tausende. Russland griff die Ukraine an. Präsident Wolodymyr Selenskyj rief zum Widerstand auf.",
			not:  []string{"holds_office Wolodymyr Selenskyj -> Russland"},
		},
		{
			name: "an explicit state elsewhere decides every bare mention",
			text: "Russland griff die Ukraine an. Präsident Wolodymyr Selenskyj rief zum Widerstand auf. Der ukrainische Präsident Wolodymyr Selenskyj bat um Waffen.",
			want: []string{"holds_office Wolodymyr Selenskyj -> Ukraine"},
			not:  []string{"holds_office Wolodymyr Selenskyj -> Russland"},
		},
		{
			name: "the seat of power names the ruler's state",
			text: "Russland griff die Ukraine an. Der Machthaber in Minsk, Alexander Lukaschenko, ließ russische Soldaten ins Land. Kremlchef Wladimir Putin dankte ihm.",
			want: []string{"holds_office Alexander Lukaschenko -> Belarus", "holds_office Wladimir Putin -> Russland"},
			not:  []string{"holds_office Alexander Lukaschenko -> Russland", "holds_office Alexander Lukaschenko -> Ukraine"},
		},
		{
			name: "the junta's chief serves the state of the coup",
			text: "In Myanmar hat das Militär geputscht. In Myanmar protestieren Tausende. Die USA verhängten Sanktionen. Juntachef Min Aung Hlaing ließ Aung San Suu Kyi festnehmen.",
			want: []string{"holds_office Min Aung Hlaing -> Myanmar"},
			not:  []string{"holds_office Min Aung Hlaing -> USA"},
		},
	})
}

// Texts written for this test: the predecessor of an office holder held
// that office before.
func TestPredecessorOffice(t *testing.T) {
	p := New()
	an := p.Extract(newsgraph.Article{Date: "2022-01-10", Text: "Das Parlament in Kasachstan bestätigte Alichan Smailow als Ministerpräsidenten von Kasachstan. Sein Vorgänger Askar Mamin war entlassen worden."})
	name := map[string]string{}
	for _, e := range an.Entities {
		name[e.Key] = e.Name
	}
	found := false
	for _, r := range an.Relations {
		if r.Type == "holds_office" && name[r.Subject] == "Askar Mamin" && name[r.Object] == "Kasachstan" {
			found = true
			if !r.Attrs.Former {
				t.Errorf("holds_office(Askar Mamin → Kasachstan) is not marked former")
			}
		}
	}
	if !found {
		t.Errorf("missing holds_office(Askar Mamin → Kasachstan); got %v", an.Relations)
	}
}
