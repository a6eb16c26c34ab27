package relations_test

import (
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/relations"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/text"
	"github.com/newsgraph/newsgraph/loaders/gnad"
)

type prepared struct {
	doc  *text.Document
	ents []newsgraph.Entity
}

// BenchmarkRelations measures the relation stage alone over the 1,028
// articles of the 10kGNAD test split (segmentation, mentions and resolution
// done beforehand), in words per second.
func BenchmarkRelations(b *testing.B) {
	dir := sharedtest.Path(b)
	data, err := os.ReadFile(filepath.Join(dir, "corpus", "10kGNAD_test.csv"))
	if err != nil {
		b.Fatal(err)
	}
	arts, err := gnad.Read("10kGNAD_test.csv", data)
	if err != nil {
		b.Fatal(err)
	}
	f := mentions.New()
	var docs []prepared
	words := 0
	for _, a := range arts {
		doc := text.Segment(a)
		ents, _ := resolve.Resolve(doc, f.Find(doc))
		docs = append(docs, prepared{doc, ents})
		words += len(strings.Fields(a.Text))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	rels := 0
	for i := 0; i < b.N; i++ {
		for _, p := range docs {
			rels += len(relations.Extract(p.doc, p.ents))
		}
	}
	b.StopTimer()
	// CPU time rather than wall time: the machine is shared, and the target
	// is words per second on one core
	b.ReportMetric(float64(words)*float64(b.N)/(cpuSeconds()-cpu0), "words/cpu-s")
	b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
}

// cpuSeconds is the user and system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
