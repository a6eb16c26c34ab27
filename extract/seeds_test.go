package extract

import (
	"fmt"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

// seedAnalyses loads and extracts every seed article.
func seedAnalyses(t testing.TB, p *Pipeline) (eval.Gold, []eval.GoldArticle) {
	dir := sharedtest.Path(t)
	gold, err := eval.ReadGold(filepath.Join(dir, "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "seeds", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed files: %v", err)
	}
	sort.Strings(files)
	var preds []eval.GoldArticle
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := loaders.ReadBytes(f, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, a := range arts {
			preds = append(preds, eval.FromAnalysis(p.Extract(a)))
		}
	}
	return gold, preds
}

// TestSeedEntities scores entity extraction on the five seed articles
// against the hand-made gold (matching rules of gold/README.md).
func TestSeedEntities(t *testing.T) {
	gold, preds := seedAnalyses(t, New())
	rep := eval.Score(gold, preds)
	for _, a := range rep.Articles {
		for _, m := range a.MissedEntities {
			t.Logf("%s missed: %s %s %v", a.File, m.Type, m.Name, m.Aliases)
		}
		for _, m := range a.FalseEntities {
			t.Logf("%s false:  %s %s %v", a.File, m.Type, m.Name, m.Aliases)
		}
		for _, m := range a.TypeMismatches {
			t.Logf("%s type:   %s %s, predicted %s", a.File, m.Gold.Name, m.Gold.Type, m.Predicted.Type)
		}
	}
	e, te := rep.Entities, rep.TypedEntities
	t.Logf("entities P=%.3f R=%.3f F1=%.3f (typed F1=%.3f) tp=%d fp=%d fn=%d", e.Precision(), e.Recall(), e.F1(), te.F1(), e.TP, e.FP, e.FN)
	if e.F1() < minSeedEntityF1 {
		t.Errorf("seed entity F1 = %.3f, want ≥ %.2f", e.F1(), minSeedEntityF1)
	}
}

// minSeedEntityF1 is the floor the seed score must not fall below; it is
// the product target.
const minSeedEntityF1 = 0.95

func TestExtractEmpty(t *testing.T) {
	p := New()
	for _, in := range []string{"", " ", "\x00\xff", "Hallo."} {
		a := p.Extract(newsgraph.Article{Text: in})
		if a.Entities == nil || a.Relations == nil {
			t.Errorf("Extract(%q): nil slices", in)
		}
	}
}

// TestSeedRelations scores the whole pipeline's relations on the seeds.
func TestSeedRelations(t *testing.T) {
	gold, preds := seedAnalyses(t, New())
	rep := eval.Score(gold, preds)
	for _, a := range rep.Articles {
		for _, m := range a.MissedRelations {
			t.Logf("%s missed: %s(%s, %s)", a.File, m.Type, deref(m.Subject), m.Object)
		}
		for _, m := range a.FalseRelations {
			t.Logf("%s false:  %s(%s, %s)", a.File, m.Type, deref(m.Subject), m.Object)
		}
	}
	r := rep.Relations
	t.Logf("relations P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d", r.Precision(), r.Recall(), r.F1(), r.TP, r.FP, r.FN)
	if r.F1() < minSeedRelationF1 {
		t.Errorf("seed relation F1 = %.3f, want ≥ %.2f", r.F1(), minSeedRelationF1)
	}
}

// minSeedRelationF1 is the floor for relations through this pipeline.
const minSeedRelationF1 = 0.85

func deref(s *string) string {
	if s == nil {
		return "∅"
	}
	return *s
}

// TestExtractConcurrent runs one pipeline from several goroutines (the
// loader does); run with -race to check the shared lexicon caches.
func TestExtractConcurrent(t *testing.T) {
	p := New()
	arts := []newsgraph.Article{
		{Text: "Präsident Kassym Tokajew entließ die Regierung. Die OVKS schickte Truppen nach Almaty."},
		{Text: "Machthaber Alexander Lukaschenko ließ den Blogger Roman Protassewitsch in Minsk festnehmen."},
		{Text: "Das Militär in Myanmar setzte Aung San Suu Kyi fest und verhängte den Ausnahmezustand."},
	}
	want := make([]int, len(arts))
	for i, a := range arts {
		want[i] = len(p.Extract(a).Entities)
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(arts)
				if n := len(p.Extract(arts[i]).Entities); n != want[i] {
					done <- fmt.Errorf("article %d: %d entities, want %d", i, n, want[i])
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
