package graph

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// syntheticArticles are n made-up articles over a small pool of entities,
// so that most entities and many facts occur in several of them.
func init() {
	for i := 0; i < 6; i++ {
		key := fmt.Sprintf("person:testperson %d", i)
		testEntities[key] = newsgraph.Entity{Key: key, Name: fmt.Sprintf("Testperson %d", i), Type: newsgraph.Person,
			Aliases: []string{fmt.Sprintf("TP%d", i)}}
	}
}

func syntheticArticles(sc scope, n int) []newsgraph.Analysis {
	person := func(i int) string { return fmt.Sprintf("person:testperson %d", i%6) }
	var out []newsgraph.Analysis
	for i := 0; i < n; i++ {
		out = append(out, sc.article(fmt.Sprintf("synthetic-%02d.txt", i), "",
			rel{"talked_with", person(i), person(i + 1), fmt.Sprintf("Bericht %d: Testperson %d sprach mit Testperson %d.", i, i%6, (i+1)%6), newsgraph.Attrs{}},
			rel{"member_of", nordland, testbund, fmt.Sprintf("Bericht %d nennt Nordland ein Mitglied im Testbund.", i), newsgraph.Attrs{}},
			rel{"sent_troops", nordland, suedland, fmt.Sprintf("Bericht %d zählt %d Soldaten.", i, 1000+100*(i%3)), newsgraph.Attrs{Count: 1000 + 100*(i%3)}},
			rel{"holds_office", person(i), suedland, fmt.Sprintf("Bericht %d: Testperson %d ist Minister.", i, i%6), newsgraph.Attrs{Role: "Minister"}},
		))
	}
	return out
}

// Four loaders, each with its own connection, store overlapping sets of
// articles at once. The graph must end up exactly as after loading every
// article once, one after the other: one node per entity, fact and article.
func TestConcurrentLoadersLeaveNoDuplicates(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	seq := syntheticArticles(scope(dgraphtest.Nonce(t)), 16)
	for _, a := range seq {
		save(t, s, a, newsgraph.StatusNew)
	}
	want := counts(t, s, seq...)
	if want["Person"] != 6 || want["Fact"] != 6+1+1+6 || want["Article"] != 16 {
		t.Fatalf("sequential load: %v", nonZero(want))
	}

	arts := syntheticArticles(scope(dgraphtest.Nonce(t)), 16)
	const loaders = 4
	var stores []*Store
	var retries int64
	var wg sync.WaitGroup
	errs := make(chan error, loaders*len(arts))
	for l := 0; l < loaders; l++ {
		// loader l skips every fourth article (a different quarter each)
		// and takes the rest in its own order.
		var mine []newsgraph.Analysis
		for i, a := range arts {
			if i%loaders != l {
				mine = append(mine, a)
			}
		}
		rand.New(rand.NewPCG(uint64(l), 7)).Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
		store, err := Open(ctx, dgraphtest.AlphaAddr())
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		stores = append(stores, store)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, a := range mine {
				if _, err := store.Save(ctx, a); err != nil {
					errs <- fmt.Errorf("%s: %w", a.Article.File, err)
				}
			}
		}()
	}
	wg.Wait()
	for _, st := range stores {
		retries += st.Retries()
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := counts(t, s, arts...); !maps.Equal(got, want) {
		t.Errorf("after concurrent load\n got %v\nwant %v", nonZero(got), nonZero(want))
	}
	assertOneNodePerXID(t, s, arts)
	t.Logf("after %d retried transactions: %v", retries, nonZero(want))
}

// Loaders that meet one person under two keys (an article misspells his
// name) at the same time must still leave one node: the transactions
// conflict on the shared alias, and the retried one finds the other's node.
func TestConcurrentLoadersIdentifyOneEntityUnderTwoKeys(t *testing.T) {
	sc := scope(dgraphtest.Nonce(t))
	var arts []newsgraph.Analysis
	for i := 0; i < 6; i++ {
		who := anatol
		if i%2 == 1 {
			who = anatolTypo
		}
		// Each article's partner is someone else, so that the only node
		// the articles share is the person under his two keys.
		arts = append(arts, sc.article(fmt.Sprintf("typo-%d.txt", i), "",
			rel{"talked_with", who, fmt.Sprintf("person:testperson %d", i%6), fmt.Sprintf("Meldung %d: Beispielow sprach mit Testperson %d.", i, i%6), newsgraph.Attrs{}}))
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(arts))
	for l := 0; l < 4; l++ {
		mine := slices.Clone(arts)
		rand.New(rand.NewPCG(uint64(l), 11)).Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
		store := open(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, a := range mine {
				if _, err := store.Save(ctx, a); err != nil {
					errs <- fmt.Errorf("%s: %w", a.Article.File, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s := open(t)
	wantCounts(t, s, arts, map[string]int{
		"Article": 6, "Person": 1 + 6, "Fact": 6, "talked_with": 6, "agent": 6, "patient": 6,
		"Mention": 6 * 3, "article": 6 * 3, "mention_of": 6 * 3,
	})
	var got struct {
		Q []struct {
			XID       string   `json:"xid"`
			Name      string   `json:"name"`
			MergedKey []string `json:"merged_key"`
		} `json:"q"`
	}
	query(t, s, `query q($a: string, $b: string) {
  q(func: eq(xid, [$a, $b])) { xid name merged_key }
}`, map[string]string{"$a": sc.key(anatol), "$b": sc.key(anatolTypo)}, &got)
	if len(got.Q) != 1 || len(got.Q[0].MergedKey) != 1 || got.Q[0].Name != sc.name("Anatol Beispielow") {
		t.Errorf("nodes for the two keys: %+v; want one, named %q, with the other key merged", got.Q, sc.name("Anatol Beispielow"))
	}
}
