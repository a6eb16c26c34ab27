package extract

import (
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/text"
	"github.com/newsgraph/newsgraph/loaders"
)

// corpus loads the 10kGNAD test split (1,028 articles) through its loader.
func corpus(b *testing.B) ([]newsgraph.Article, int) {
	path := filepath.Join(sharedtest.Path(b), "corpus", "10kGNAD_test.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	arts, err := loaders.ReadBytes(path, data)
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	return arts, words
}

// BenchmarkPipeline runs the whole extraction (segmentation, mentions,
// resolution, relations) over the corpus on one goroutine and reports
// words per second.
func BenchmarkPipeline(b *testing.B) {
	arts, words := corpus(b)
	p := New()
	p.Extract(arts[0]) // load the lexicons outside the timer
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			p.Extract(a)
		}
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		// on a shared machine wall time understates one core's speed
		b.ReportMetric(float64(words)*float64(b.N)/cpu, "words/cpu-s")
	}
	b.ReportMetric(float64(words), "words/op")
}

// BenchmarkEntities runs the entity stages only (segmentation, mentions,
// resolution), without relations.
func BenchmarkEntities(b *testing.B) {
	arts, words := corpus(b)
	p := New()
	p.Extract(arts[0])
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			doc := text.Segment(a)
			resolve.Resolve(doc, p.finder.Find(doc))
		}
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu, "words/cpu-s")
	}
}

// BenchmarkLongArticle extracts one article of about 150,000 words, to
// catch work that grows faster than the text (coreference look-backs,
// fuzzy matching against every earlier name).
func BenchmarkLongArticle(b *testing.B) {
	a := newsgraph.Article{Text: strings.Repeat("Präsident Kassym Tokajew traf in Moskau die OVKS-Führung. "+
		"Er sprach mit dem Bündnis. Die Aktivistin Olga Petrowa sagte, sie bleibe. ", 8000)}
	words := len(strings.Fields(a.Text))
	p := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Extract(a)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// cpuSeconds is the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// BenchmarkSegment measures the segmenter alone.
func BenchmarkSegment(b *testing.B) {
	arts, words := corpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			text.Segment(a)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
