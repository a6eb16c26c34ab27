package mentions

import (
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/eval/germeval"
)

// TestGermEvalDev scores the tagger on the GermEval 2014 development set
// (never the test set: that one is only for reporting).
func TestGermEvalDev(t *testing.T) {
	sents, err := germeval.ReadFile(filepath.Join(sharedtest.Path(t), "germeval2014", "NER-de-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := germeval.Run(NewTagger(), sents)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []germeval.Result{ev.Coarse, ev.Fine} {
		t.Logf("%s: P=%.3f R=%.3f F1=%.3f", r.Scheme, r.Chunks.Precision(), r.Chunks.Recall(), r.Chunks.F1())
		for _, ts := range r.Types {
			t.Logf("  %-10s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", ts.Type, ts.Counts.Precision(), ts.Counts.Recall(), ts.Counts.F1(), ts.Counts.TP, ts.Counts.FP, ts.Counts.FN)
		}
	}
	if os.Getenv("NER_ERRORS") != "" {
		f, _ := os.Create(os.Getenv("NER_ERRORS"))
		defer f.Close()
		_ = ev.WriteText(f, sents, true)
	}
	if f1 := ev.Coarse.Chunks.F1(); f1 < minGermEvalDevF1 {
		t.Errorf("GermEval dev coarse F1 = %.3f, want ≥ %.2f", f1, minGermEvalDevF1)
	}
}

// minGermEvalDevF1 is the floor for the development score; raised as the
// tagger improves.
const minGermEvalDevF1 = 0.70
