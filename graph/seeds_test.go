package graph

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

// seedAnalyses reads ../shared/seeds through the loaders and the extraction
// pipeline, skipping the test when ../shared is absent outside CI.
func seedAnalyses(t *testing.T) []newsgraph.Analysis {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared seeds missing at %s: %v", dir, err)
		}
		t.Skipf("shared seeds not found at %s (set CI=true to require them)", dir)
	}
	files, err := loaders.Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New()
	var out []newsgraph.Analysis
	for _, f := range files {
		arts, err := loaders.ReadFile(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, a := range arts {
			if a.File == "" {
				a.File = filepath.Base(f)
			}
			out = append(out, ex.Extract(a))
		}
	}
	if len(out) != 5 {
		t.Fatalf("%d seed articles, want 5", len(out))
	}
	return out
}

// Loading the seeds twice leaves their part of the graph exactly as it was.
// (The test Dgraph is shared: another package may have loaded the seeds
// already, so the first load may find them unchanged.)
func TestSeedsLoadTwiceIdentically(t *testing.T) {
	s := open(t)
	arts := seedAnalyses(t)
	ctx := context.Background()
	for _, a := range arts {
		if _, err := s.Save(ctx, a); err != nil {
			t.Fatalf("%s: %v", a.Article.File, err)
		}
	}
	first := counts(t, s, arts...)
	for _, a := range arts {
		save(t, s, a, newsgraph.StatusUnchanged)
	}
	second := counts(t, s, arts...)
	if !maps.Equal(first, second) {
		t.Errorf("counts changed on reload\nfirst  %v\nsecond %v", nonZero(first), nonZero(second))
	}
	if first["Article"] != 5 || first["Person"] == 0 || first["State"] == 0 {
		t.Errorf("seed counts %v: want 5 articles and some persons and states", nonZero(first))
	}
	assertOneNodePerXID(t, s, arts)
	t.Logf("seed subgraph: %v", nonZero(first))
}

// The seed article 000 reports that Tokajew dismissed Abdymomunow: the
// direct edge must carry the evidence sentence and the article's xid.
func TestSeedsDismissalEdgeCarriesEvidence(t *testing.T) {
	s := open(t)
	arts := seedAnalyses(t)
	var want newsgraph.Analysis
	for _, a := range arts {
		if _, err := s.Save(context.Background(), a); err != nil {
			t.Fatalf("%s: %v", a.Article.File, err)
		}
		if strings.HasPrefix(a.Article.File, "000_") {
			want = a
		}
	}
	var got struct {
		Q []struct {
			Name      string `json:"name"`
			Dismissed []struct {
				Alias    []string `json:"alias_folded"`
				Sentence string   `json:"dismissed|sentence"`
				Article  string   `json:"dismissed|article"`
			} `json:"dismissed"`
		} `json:"q"`
	}
	query(t, s, `query q($n: string) { q(func: eq(alias_folded, $n)) @filter(type(Person)) {
  name dismissed @facets(sentence, article) { alias_folded } } }`, map[string]string{"$n": "tokajew"}, &got)
	found := false
	for _, p := range got.Q {
		for _, d := range p.Dismissed {
			if !contains(d.Alias, "abdymomunow") {
				continue
			}
			found = true
			if d.Article != want.Article.XID || !strings.Contains(d.Sentence, "Abdymomunow") || !strings.Contains(want.Article.Text, d.Sentence) {
				t.Errorf("Tokajew dismissed Abdymomunow: facets article %q sentence %q; want article %s and a sentence of it naming Abdymomunow",
					d.Article, d.Sentence, want.Article.XID)
			}
		}
	}
	if !found {
		t.Errorf("no edge Tokajew -dismissed-> Abdymomunow in the graph after loading the seeds (persons found for tokajew: %+v)", got.Q)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
