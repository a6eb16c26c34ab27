package graph

import (
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A Forget that deletes an entity while a Save that mentions it is between
// reading and committing: whichever commits last writes the entity back.
func TestForgetRacingSaveLeavesNoDanglingReference(t *testing.T) {
	for _, last := range []string{"save commits last", "forget commits last"} {
		t.Run(last, func(t *testing.T) {
			s, other, sc := open(t), open(t), scope(dgraphtest.Nonce(t))
			a := sc.article("a.txt", "", dismissal) // Beispielow, Musterow
			// b reports a's fact: the fact and both its entities rest on a
			// alone until b commits.
			b := sc.article("b.txt", "", rel{"dismissed", anatol, boris, "Musterow wurde von Beispielow abgesetzt.", newsgraph.Attrs{}})
			save(t, s, a, newsgraph.StatusNew)
			// If Save commits last, b's Save has found the fact and both
			// persons and a is forgotten (they have no other mention yet, so
			// they go) before b commits. If Forget commits last, it has
			// decided to delete the fact and both persons and b is saved
			// (using them) before Forget commits.
			raceForgetAndSave(t, s, other, last, a, b)
			wantCounts(t, s, []newsgraph.Analysis{b}, map[string]int{
				"Article": 1, "Person": 2, "Fact": 1, "dismissed": 1, "agent": 1, "patient": 1, "Mention": 3, "article": 3, "mention_of": 3,
			})
			var got struct {
				Q []struct {
					Name  string   `json:"name"`
					Types []string `json:"dgraph.type"`
				} `json:"q"`
			}
			query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { name dgraph.type } }`, map[string]string{"$k": sc.key(boris)}, &got)
			if len(got.Q) != 1 || got.Q[0].Name != sc.name("Boris Musterow") || len(got.Q[0].Types) != 1 || got.Q[0].Types[0] != "Person" {
				t.Errorf("Musterow: %+v", got.Q)
			}
			assertOneNodePerXID(t, s, []newsgraph.Analysis{b})
			var edge struct {
				Q []struct {
					D []map[string]any `json:"dismissed"`
				} `json:"q"`
			}
			query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { dismissed @facets(article) { uid } } }`, map[string]string{"$k": sc.key(anatol)}, &edge)
			if len(edge.Q) != 1 || len(edge.Q[0].D) != 1 || edge.Q[0].D[0]["dismissed|article"] != b.Article.XID {
				t.Errorf("edge after the repair: %+v, want b's report on it", edge.Q)
			}
		})
	}
}
