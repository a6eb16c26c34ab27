package query

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// One decision made by many articles is one entry listing them; the table
// names a few of them, cross-article decisions first.
func TestMergesGroupByDecision(t *testing.T) {
	var reports []rawReport
	for i := 0; i < 6; i++ {
		reports = append(reports, rawReport{
			MergeLog: []string{"Tokajew: same name (1.00)"},
			In:       &rawArticle{XID: fmt.Sprintf("article:%02d", i), Name: fmt.Sprintf("Bericht %d", i), Source: "unknown", Published: "2022-01-0" + fmt.Sprint(i+1)},
		})
	}
	reports[2].MergeLog = append(reports[2].MergeLog, "person:toakov joined person:tokaev: tojakow ~ tokajew: Kölner Phonetik 243, Jaro-Winkler 0.86 (0.86)")
	ms := merges([]string{`user merged person:bobo "Bobo" into it`}, reports)
	if len(ms) != 3 {
		t.Fatalf("merges %+v, want 3 decisions", ms)
	}
	if ms[0].Kind != graph.MergeAcrossArticles || ms[0].Key != "person:toakov" || ms[0].Form != "tojakow" || ms[0].Matched != "tokajew" ||
		len(ms[0].Articles) != 1 || ms[0].Articles[0].XID != "article:02" {
		t.Errorf("first %+v, want the cross-article join from article 02", ms[0])
	}
	if ms[1].Kind != graph.MergeInArticle || len(ms[1].Articles) != 6 || ms[1].Articles[0].XID != "article:00" {
		t.Errorf("second %+v, want the in-article merge with its 6 articles in date order", ms[1])
	}
	if ms[2].Kind != graph.MergeByUser || len(ms[2].Articles) != 0 {
		t.Errorf("third %+v, want the user's merge", ms[2])
	}
	var out bytes.Buffer
	if err := writeMerges(&out, ms); err != nil {
		t.Fatal(err)
	}
	table := out.String()
	for _, want := range []string{"across articles", "tojakow ~ tokajew", "Bericht 0 2022-01-01", "and 3 more", "user merge"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, "unknown") {
		t.Errorf("table labels an article by the placeholder outlet:\n%s", table)
	}
}
