package all_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

var sentenceEnd = regexp.MustCompile(`[.!?](?:\s|$)`)

// The example articles shipped in examples/ load with the expected
// readers, and are long enough to demonstrate extraction.
func TestExamples(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	paths, err := loaders.Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct{ format, title, date string }{
		"ausnahmezustand.txt":         {"dated", "", "2022-01-07"},
		"kasachstan-entlassungen.txt": {"plain", "Tokajew baut den Sicherheitsapparat um", ""},
		"ovks-truppen.txt":            {"dated", "", "2022-01"},
		"regierung.html":              {"html", "Tokajew präsentiert neuen Regierungschef", "2022-01-11"},
	}
	if len(paths) != len(want) {
		t.Fatalf("Expand(examples) = %q, want the %d article files (README.md skipped)", paths, len(want))
	}
	for _, p := range paths {
		arts, err := loaders.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		w, ok := want[a.File]
		if !ok || len(arts) != 1 || a.Format != w.format || a.Title != w.title || a.Date != w.date {
			t.Errorf("%s: %d articles, format %q title %q date %q", p, len(arts), a.Format, a.Title, a.Date)
		}
		if n := len(sentenceEnd.FindAllString(a.Text, -1)); n < 7 || n > 15 {
			t.Errorf("%s: %d sentences, want 7-15", a.File, n)
		}
		if strings.Contains(a.Text, "Foto:") || strings.Contains(a.Text, "date 2022") {
			t.Errorf("%s: caption or date line left in text", a.File)
		}
	}
}
