package relations_test

import (
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/relations"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/text"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

// minSeedRelationF1 is the floor for the seed relation score (product
// target 0.90).
const minSeedRelationF1 = 0.90

// analyse runs the pipeline stages up to and including relations.
func analyse(f *mentions.Finder, a newsgraph.Article) newsgraph.Analysis {
	doc := text.Segment(a)
	ents, merges := resolve.Resolve(doc, f.Find(doc))
	return newsgraph.Analysis{Article: a, Entities: ents, Merges: merges, Relations: relations.Extract(doc, ents)}
}

// TestSeedRelations scores relation extraction on the seed articles with
// the gold's matching rules.
func TestSeedRelations(t *testing.T) {
	dir := sharedtest.Path(t)
	gold, err := eval.ReadGold(filepath.Join(dir, "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "seeds", "*"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no seed files")
	}
	f := mentions.New()
	var preds []eval.GoldArticle
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := loaders.ReadBytes(fn, data)
		if err != nil {
			t.Fatalf("%s: %v", fn, err)
		}
		for _, a := range arts {
			preds = append(preds, eval.FromAnalysis(analyse(f, a)))
		}
	}
	rep := eval.Score(gold, preds)
	for _, a := range rep.Articles {
		for _, r := range a.MissedRelations {
			t.Logf("%s MISS  %s %v -> %s", a.File, r.Type, sp(r.Subject), r.Object)
		}
		for _, r := range a.FalseRelations {
			t.Logf("%s FALSE %s %v -> %s | %.90s", a.File, r.Type, sp(r.Subject), r.Object, r.Evidence)
		}
	}
	for _, ts := range rep.RelationTypes {
		t.Logf("%-17s P=%.2f R=%.2f F1=%.2f", ts.Type, ts.Counts.Precision(), ts.Counts.Recall(), ts.Counts.F1())
	}
	r := rep.Relations
	t.Logf("relations P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d (entities F1=%.3f)", r.Precision(), r.Recall(), r.F1(), r.TP, r.FP, r.FN, rep.Entities.F1())
	if r.F1() < minSeedRelationF1 {
		t.Errorf("seed relation F1 = %.3f, want ≥ %.2f", r.F1(), minSeedRelationF1)
	}
}

func sp(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}
