package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// A user's merge outlives the entity: when its only article is forgotten
// (or reloaded with a new extraction, which forgets it first), later
// articles with either key still make one entity, and say why; a split
// undoes the rule.
func TestUserMergeOutlivesTheEntity(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.article("a.txt", "", rel{"talked_with", boris, bobo, "Musterow sprach mit Bobo.", newsgraph.Attrs{}})
	save(t, s, a, newsgraph.StatusNew)
	if _, err := s.MergeEntities(ctx, sc.key(boris), sc.key(bobo)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Forget(ctx, a.Article.XID); err != nil {
		t.Fatal(err)
	}
	if es, _ := s.FindEntities(ctx, sc.key(boris)); len(es) != 0 {
		t.Fatalf("Musterow outlived his only article: %+v", es)
	}
	// Bobo comes first now, Musterow after: one entity all the same.
	b := sc.article("b.txt", "", rel{"arrested", "", bobo, "Bobo wurde festgenommen.", newsgraph.Attrs{}})
	c := sc.article("c.txt", "", rel{"arrested", "", boris, "Musterow wurde festgenommen.", newsgraph.Attrs{}})
	save(t, s, b, newsgraph.StatusNew)
	save(t, s, c, newsgraph.StatusNew)
	if got := personKeys(t, s, b, c); !slices.Equal(got, []string{sc.key(bobo)}) {
		t.Fatalf("entities of b and c: %v, want one, %s", got, sc.key(bobo))
	}
	e := findOneEntity(t, s, sc.key(bobo))
	if !slices.Contains(e.MergedKeys, sc.key(boris)) || !slices.ContainsFunc(e.MergeLog, func(l string) bool {
		_, line, _ := strings.Cut(l, ": ") // "article XID: line"
		r := ParseMergeLog(line)
		return r.Kind == MergeAcrossArticles && r.Key == sc.key(boris) && r.Rule == KeyJoinedByUser
	}) {
		t.Errorf("entity %s: merged keys %v, log %q; want %s joined by the user's rule", e.XID, e.MergedKeys, e.MergeLog, sc.key(boris))
	}
	wantConsistent(t, s, []newsgraph.Analysis{a, b, c}, []newsgraph.Analysis{b, c})

	// The split removes the rule: reloaded, c's Musterow is his own.
	if _, _, err := s.SplitEntity(ctx, sc.key(bobo), sc.key(boris)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Forget(ctx, c.Article.XID); err != nil {
		t.Fatal(err)
	}
	save(t, s, c, newsgraph.StatusNew)
	if got := personKeys(t, s, b, c); !slices.Equal(got, uniqueSorted([]string{sc.key(bobo), sc.key(boris)})) {
		t.Errorf("after the split: %v, want two entities", got)
	}
	var rules struct {
		J []struct {
			Keys []string `json:"joined_key"`
		} `json:"j"`
	}
	query(t, s, `query q($k: string) { j(func: eq(joined_key, $k)) @filter(type(Joined)) { joined_key } }`, map[string]string{"$k": sc.key(boris)}, &rules)
	if len(rules.J) != 0 {
		t.Errorf("Joined rules after the split: %+v", rules.J)
	}
}

// personKeys is entityKeys without the facts.
func personKeys(t *testing.T, s *Store, arts ...newsgraph.Analysis) []string {
	t.Helper()
	var out []string
	for _, k := range entityKeys(t, s, arts...) {
		if !strings.HasPrefix(k, "fact:") {
			out = append(out, k)
		}
	}
	return out
}
