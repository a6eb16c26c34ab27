package graph

import (
	"context"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestMergeAndSplitEntities(t *testing.T) {
	s, sc := open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a1 := sc.article("a.txt", "", dismissal) // Beispielow dismissed Musterow
	a2 := sc.article("b.txt", "",
		rel{"dismissed", anatol, bobo, "Beispielow hat Bobo entlassen.", newsgraph.Attrs{}},
		rel{"arrested", "", bobo, "Bobo wurde festgenommen.", newsgraph.Attrs{}})
	save(t, s, a1, newsgraph.StatusNew)
	save(t, s, a2, newsgraph.StatusNew)
	arts := []newsgraph.Analysis{a1, a2}
	before := counts(t, s, arts...)
	if before["Person"] != 3 || before["Fact"] != 3 {
		t.Fatalf("before the merge: %v", nonZero(before))
	}

	if _, err := s.MergeEntities(ctx, sc.key(boris), sc.key(boris)); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("merging an entity into itself: %v", err)
	}
	if _, err := s.MergeEntities(ctx, sc.key(nordland), sc.key(bobo)); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("merging into an unknown entity: %v", err)
	}
	res, err := s.MergeEntities(ctx, sc.name("Boris Musterow"), sc.key(bobo))
	if err != nil {
		t.Fatal(err)
	}
	if res.FactsJoined != 1 || res.FactsMoved != 1 || res.Mentions != 2 {
		t.Errorf("merge: %+v; want the dismissal joined, the arrest moved, 2 mentions moved", res)
	}
	wantCounts(t, s, arts, map[string]int{
		"Article": 2, "Person": 2, "Fact": 2, "dismissed": 1, "agent": 1, "patient": 2,
		"Mention": before["Mention"], "article": before["Mention"], "mention_of": before["Mention"],
	})
	var got struct {
		Q []struct {
			XID       string   `json:"xid"`
			MergedKey []string `json:"merged_key"`
			Facts     []struct {
				Relation string `json:"relation"`
				Mentions int    `json:"n"`
			} `json:"~patient"`
		} `json:"q"`
	}
	query(t, s, `query q($k: string) { q(func: eq(xid, $k)) { xid merged_key ~patient (orderasc: relation) { relation n: count(~mention_of) } } }`,
		map[string]string{"$k": sc.key(boris)}, &got)
	if len(got.Q) != 1 || !slices.Equal(got.Q[0].MergedKey, []string{sc.key(bobo)}) || len(got.Q[0].Facts) != 2 ||
		got.Q[0].Facts[1].Relation != "dismissed" || got.Q[0].Facts[1].Mentions != 2 {
		t.Errorf("Musterow after the merge: %+v; want bobo's key merged and the dismissal with both reports", got.Q)
	}

	// A later article that the resolver keys as bobo lands on Musterow.
	a3 := sc.article("c.txt", "", rel{"arrested", "", bobo, "Bobo sitzt weiter in Haft.", newsgraph.Attrs{}})
	save(t, s, a3, newsgraph.StatusNew)
	arts = append(arts, a3)
	if c := counts(t, s, arts...); c["Person"] != 2 || c["Fact"] != 2 {
		t.Errorf("after a later bobo article: %v; want it on the merged entity", nonZero(c))
	}

	// Split bobo off again, then reprocess the articles that mention him.
	if _, _, err := s.SplitEntity(ctx, sc.key(boris), sc.key(nordland)); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("splitting a key that was never merged: %v", err)
	}
	mergedLine := func(l string) bool { return strings.HasPrefix(l, "user merged "+sc.key(bobo)+" ") }
	if e := findOneEntity(t, s, sc.key(boris)); !slices.ContainsFunc(e.MergeLog, mergedLine) {
		t.Errorf("merge log before the split %q lacks the user's merge", e.MergeLog)
	}
	_, xids, err := s.SplitEntity(ctx, sc.key(boris), sc.key(bobo))
	if err != nil {
		t.Fatal(err)
	}
	// The undone merge no longer explains Musterow's names; the split is recorded.
	if e := findOneEntity(t, s, sc.key(boris)); slices.ContainsFunc(e.MergeLog, mergedLine) ||
		!slices.Contains(e.MergeLog, "user split "+sc.key(bobo)+" from it") {
		t.Errorf("merge log after the split: %q", e.MergeLog)
	}
	if len(xids) != 3 {
		t.Errorf("split names %d articles to reprocess, want 3", len(xids))
	}
	byXID := map[string]newsgraph.Analysis{}
	for _, a := range arts {
		byXID[a.Article.XID] = a
	}
	for _, x := range xids {
		stored, err := s.Article(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		if stored.Text != byXID[x].Article.Text || stored.File != byXID[x].Article.File {
			t.Errorf("article %s read back as %+v", x, stored)
		}
		if _, err := s.Forget(ctx, x); err != nil {
			t.Fatal(err)
		}
		save(t, s, byXID[x], newsgraph.StatusNew)
	}
	wantCounts(t, s, arts, map[string]int{
		"Article": 3, "Person": 3, "Fact": 3, "dismissed": 2, "agent": 2, "patient": 3,
		"Mention": before["Mention"] + 2, "article": before["Mention"] + 2, "mention_of": before["Mention"] + 2,
	})
}
