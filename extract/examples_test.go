package extract

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/loaders"
)

// Floors for the example articles we ship (examples/*.txt and *.html,
// gold eval/testdata/examples.json): short texts written by the project in
// plain agency German. They are in the repository, so this test always
// runs. The floors are the measured F1 minus a small margin; raise them
// when the scores rise.
const (
	minExamplesEntityF1   = 0.92
	minExamplesRelationF1 = 0.94
)

func TestExamples(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..")
	gold, err := eval.ReadGold(filepath.Join(root, "eval", "testdata", "examples.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold.Articles) < 4 {
		t.Fatalf("gold names %d example articles, want at least 4", len(gold.Articles))
	}
	p := New()
	var preds []eval.GoldArticle
	for _, g := range gold.Articles {
		arts, err := loaders.ReadFile(filepath.Join(root, "examples", g.File))
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 1 {
			t.Fatalf("%s: %d articles, want 1", g.File, len(arts))
		}
		pa := eval.FromAnalysis(p.Extract(arts[0]))
		pa.File = g.File
		preds = append(preds, pa)
	}
	rep := eval.Score(gold, preds)
	for _, a := range rep.Articles {
		for _, r := range a.MissedRelations {
			t.Logf("%s missed: %s %s -> %s", a.File, r.Type, r.SubjectName(), r.Object)
		}
		for _, r := range a.FalseRelations {
			t.Logf("%s false:  %s %s -> %s", a.File, r.Type, r.SubjectName(), r.Object)
		}
	}
	e, r := rep.Entities, rep.Relations
	t.Logf("examples: entities F1=%.3f (tp=%d fp=%d fn=%d), relations F1=%.3f (tp=%d fp=%d fn=%d)",
		e.F1(), e.TP, e.FP, e.FN, r.F1(), r.TP, r.FP, r.FN)
	if e.F1() < minExamplesEntityF1 {
		t.Errorf("examples entity F1 = %.3f, want ≥ %.2f", e.F1(), minExamplesEntityF1)
	}
	if r.F1() < minExamplesRelationF1 {
		t.Errorf("examples relation F1 = %.3f, want ≥ %.2f", r.F1(), minExamplesRelationF1)
	}
}
