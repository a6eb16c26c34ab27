package graph

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Every line the writers produce parses back into its parts.
func TestParseMergeLog(t *testing.T) {
	tests := []struct {
		name string
		line string
		want MergeRecord
	}{
		{"resolver, lexicon", inArticleLine(newsgraph.Merge{Into: "state:usa", Form: "Vereinigte Staaten", Reason: "lexicon: lexicon:state → USA", Score: 1}),
			MergeRecord{Kind: MergeInArticle, Form: "Vereinigte Staaten", Rule: "lexicon: lexicon:state → USA", Score: 1}},
		{"resolver, phonetic", inArticleLine(newsgraph.Merge{Form: "Tokajew", Reason: "Kölner Phonetik 243, Jaro-Winkler 0.86", Score: 0.86}),
			MergeRecord{Kind: MergeInArticle, Form: "Tokajew", Rule: "Kölner Phonetik 243, Jaro-Winkler 0.86", Score: 0.86}},
		{"across, variant", acrossLine("person:nasabaev", "person:nasarbaev", "nazabajew ~ nasarbajew: Jaro-Winkler 0.98", 0.98),
			MergeRecord{Kind: MergeAcrossArticles, Key: "person:nasabaev", Form: "nazabajew", Matched: "nasarbajew", Rule: "Jaro-Winkler 0.98", Score: 0.98}},
		{"across, same name, key with spaces", acrossLine("person:anatol bejspielow", "person:anatol beispielow", "same name beispielow", 1),
			MergeRecord{Kind: MergeAcrossArticles, Key: "person:anatol bejspielow", Form: "beispielow", Rule: "same name", Score: 1}},
		{"user merge", userMergeLine("person:bobo", `Bobo "der Kleine"`),
			MergeRecord{Kind: MergeByUser, Key: "person:bobo", Form: `Bobo "der Kleine"`, Rule: "merged by a user"}},
		{"user split", userSplitLine("person:bobo x"),
			MergeRecord{Kind: SplitByUser, Key: "person:bobo x", Rule: "split off by a user"}},
		{"unknown shape", "something else entirely", MergeRecord{Rule: "something else entirely"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParseMergeLog(tt.line)
			tt.want.Line = tt.line
			tt.want.Parsed = tt.want.Kind != ""
			if got != tt.want {
				t.Errorf("ParseMergeLog(%q)\n got %+v\nwant %+v", tt.line, got, tt.want)
			}
		})
	}
}
