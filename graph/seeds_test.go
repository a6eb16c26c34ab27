package graph

import (
	"context"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"maps"
	"path/filepath"
	"slices"
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
	dir := sharedtest.Path(t, "seeds")
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
// direct edge must carry an evidence sentence and the xid of an article
// that reports the fact (the first one stored: in the shared test Dgraph
// another package may have stored one of its own earlier), and the fact
// must hold article 000's own sentence as a mention.
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
	type mention struct {
		Sentence string `json:"sentence"`
		Article  struct {
			XID string `json:"xid"`
		} `json:"article"`
	}
	var got struct {
		Q []struct {
			Name      string `json:"name"`
			Dismissed []struct {
				Alias    []string `json:"alias_folded"`
				Sentence string   `json:"dismissed|sentence"`
				Article  string   `json:"dismissed|article"`
			} `json:"dismissed"`
			Facts []struct {
				Relation string `json:"relation"`
				Patient  struct {
					Alias []string `json:"alias_folded"`
				} `json:"patient"`
				Mentions []mention `json:"~mention_of"`
			} `json:"~agent"`
		} `json:"q"`
	}
	query(t, s, `query q($n: string) { q(func: eq(alias_folded, $n)) @filter(type(Person)) {
  name
  dismissed @facets(sentence, article) { alias_folded }
  ~agent @filter(eq(relation, "dismissed")) { relation patient { alias_folded } ~mention_of { sentence article { xid } } }
} }`, map[string]string{"$n": "tokajew"}, &got)
	edge, own := false, false
	for _, p := range got.Q {
		var mentions []mention
		for _, f := range p.Facts {
			if contains(f.Patient.Alias, "abdymomunow") {
				mentions = append(mentions, f.Mentions...)
			}
		}
		for _, m := range mentions {
			if m.Article.XID == want.Article.XID && strings.Contains(m.Sentence, "Abdymomunow") && strings.Contains(newsgraph.NormalizeText(want.Article.Text), newsgraph.NormalizeText(m.Sentence)) {
				own = true
			}
		}
		for _, d := range p.Dismissed {
			if !contains(d.Alias, "abdymomunow") {
				continue
			}
			edge = true
			if !slices.Contains(mentions, mention{Sentence: d.Sentence, Article: struct {
				XID string `json:"xid"`
			}{d.Article}}) || d.Sentence == "" {
				t.Errorf("edge facets article %q sentence %q are not one of the fact's reports %+v", d.Article, d.Sentence, mentions)
			}
		}
	}
	if !edge {
		t.Errorf("no edge Tokajew -dismissed-> Abdymomunow in the graph after loading the seeds (persons found for tokajew: %+v)", got.Q)
	}
	if !own {
		t.Errorf("the dismissal fact has no mention from %s (%s) with its sentence naming Abdymomunow", want.Article.File, want.Article.XID)
	}
}

// contains reports whether one of the folded forms ss has the word w.
func contains(ss []string, w string) bool {
	for _, x := range ss {
		if slices.Contains(strings.Fields(x), w) {
			return true
		}
	}
	return false
}
