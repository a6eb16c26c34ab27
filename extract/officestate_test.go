package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Texts written for this test: articles naming several states, where an
// office named without its state must get the right one or none.
func TestPipelineOfficeStates(t *testing.T) {
	p := New()
	tests := []struct {
		name, text string
		want, not  []string // "holds_office person -> state" by entity name
	}{
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := p.Extract(newsgraph.Article{Date: "2022-03-01", Text: tc.text})
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
