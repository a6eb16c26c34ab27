package graph

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A Forget that deletes an entity while a Save that mentions it is between
// reading and committing: whichever commits last writes the entity back.
func TestForgetRacingSaveLeavesNoDanglingReference(t *testing.T) {
	for _, last := range []string{"save commits last", "forget commits last"} {
		t.Run(last, func(t *testing.T) {
			s, other, sc := open(t), open(t), scope(nonce(t))
			ctx := context.Background()
			a := sc.article("a.txt", "", dismissal)                                                                // Beispielow, Musterow
			b := sc.article("b.txt", "", rel{"arrested", "", boris, "Musterow sitzt in Haft.", newsgraph.Attrs{}}) // Musterow
			save(t, s, a, newsgraph.StatusNew)
			var hookErr error
			if last == "save commits last" {
				// b's Save has found Musterow; a is forgotten (Musterow has
				// no other mention yet, so he goes) before b commits.
				testHookSaveBeforeCommit = func() {
					testHookSaveBeforeCommit = nil
					_, hookErr = other.Forget(ctx, a.Article.XID)
				}
				save(t, s, b, newsgraph.StatusNew)
			} else {
				// Forget has decided to delete Musterow; b is saved (using
				// him) before Forget commits.
				testHookForgetBeforeCommit = func() {
					testHookForgetBeforeCommit = nil
					_, hookErr = other.Save(ctx, b)
				}
				if _, err := s.Forget(ctx, a.Article.XID); err != nil {
					t.Fatal(err)
				}
			}
			testHookSaveBeforeCommit, testHookForgetBeforeCommit = nil, nil
			if hookErr != nil {
				t.Fatal(hookErr)
			}
			wantCounts(t, s, []newsgraph.Analysis{b}, map[string]int{
				"Article": 1, "Person": 1, "Fact": 1, "patient": 1, "Mention": 2, "article": 2, "mention_of": 2,
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
		})
	}
}
