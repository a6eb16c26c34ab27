package query_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/query"
)

func TestScoreName(t *testing.T) {
	tokajew := []string{"Kassym-Schomart Tokajew", "Tokajew"}
	tests := []struct {
		input   string
		aliases []string
		kind    string // "" for no match
		matched string
	}{
		{"TOKAJEW", tokajew, query.MatchAlias, "Tokajew"},
		{"tokayev", tokajew, query.MatchSpelling, "Tokajew"}, // the shorter alias of two equally good
		{"Tojakow", tokajew, query.MatchSpelling, "Tokajew"},
		{"Qassym Tokayev", tokajew, query.MatchSpelling, "Kassym-Schomart Tokajew"},
		{"schomart tokajew", tokajew, query.MatchWords, "Kassym-Schomart Tokajew"},
		{"Tokaj", tokajew, query.MatchPrefix, "Tokajew"},
		{"Kassym-Sch", tokajew, query.MatchPrefix, "Kassym-Schomart Tokajew"},
		{"Putn", []string{"Wladimir Putin", "Putin"}, query.MatchFuzzy, "Putin"},
		{"Nazarbayev", []string{"Nursultan Nasarbajew"}, query.MatchSpelling, "Nursultan Nasarbajew"},
		{"Präsident Tokajew", tokajew, "", ""}, // every word must match
		{"Tokajewa", tokajew, "", ""},          // the feminine form is another person
		{"Iran", []string{"Irak"}, "", ""},     // short names match only exactly or by one letter off when longer
		{"Nurlan Abdymomunow", []string{"Asamat Abdymomunow"}, "", ""},
		{"", tokajew, "", ""},
		{"\x00\xff", tokajew, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			score, kind, matched := query.ScoreName(tt.input, tt.aliases)
			if kind != tt.kind || matched != tt.matched || (kind == "") != (score == 0) {
				t.Errorf("ScoreName(%q) = %.2f %q %q, want %q %q", tt.input, score, kind, matched, tt.kind, tt.matched)
			}
			if score > 1 || score < 0 {
				t.Errorf("score %.2f out of [0, 1]", score)
			}
		})
	}
	// spelling variants rank above prefixes, prefixes above near misses
	s1, _, _ := query.ScoreName("tokayev", tokajew)
	s2, _, _ := query.ScoreName("Tokaj", tokajew)
	s3, _, _ := query.ScoreName("Tokajex", tokajew)
	if !(s1 > s2 && s2 > s3 && s3 > 0) {
		t.Errorf("scores spelling %.2f, prefix %.2f, near %.2f: want decreasing", s1, s2, s3)
	}
}

// Search and Resolve find an entity under spellings none of its aliases
// has, through the skeleton and phonetic indexes, and rank exact matches
// first. The person's names carry the nonce inside the surname, so that
// the look-up runs through the surname's skeleton and code as it does for
// real names.
func TestSearchIsTolerant(t *testing.T) {
	_, c := shared(t)
	ctx := context.Background()
	n := dgraphtest.Nonce(t)
	surname := "Tokajew" + n
	a := oneEntityArticle(n, "search.txt", newsgraph.Entity{
		Key: "person:kassym-schomart " + strings.ToLower(surname), Name: "Kassym-Schomart " + surname,
		Type: newsgraph.Person, Aliases: []string{surname},
	}, "Der Präsident "+surname+" sprach im Fernsehen.")
	org := oneEntityArticle(n, "search-org.txt", newsgraph.Entity{
		Key: "organization:" + n + "bund", Name: strings.ToUpper(n[:1]) + n[1:] + "bund der Teststaaten",
		Type: newsgraph.Organization,
	}, "Der Bund tagte.")
	for _, an := range []newsgraph.Analysis{a, org} {
		if _, err := fix.store.Save(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	want := a.Entities[0].Key
	for _, tt := range []struct{ input, kind string }{
		{strings.ToUpper(surname), query.MatchAlias},
		{"Tokayev" + n, query.MatchSpelling},
		{"Tojakow" + n, query.MatchSpelling},
		{"Qassym Tokayev" + n, query.MatchSpelling},
		{"Kassym-Schomart Tokajéw" + n, query.MatchName},
	} {
		t.Run(tt.input, func(t *testing.T) {
			cands, err := c.Search(ctx, tt.input, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(cands) == 0 || cands[0].XID != want || cands[0].Match != tt.kind {
				t.Fatalf("Search(%q) = %+v, want %s first, matched by %s", tt.input, cands, want, tt.kind)
			}
			ref, err := c.Resolve(ctx, tt.input)
			if err != nil || ref.XID != want {
				t.Errorf("Resolve(%q) = %v, %v", tt.input, ref, err)
			}
		})
	}
	// A prefix is offered by Search, but does not resolve a name.
	prefix := n + "bu"
	cands, err := c.Search(ctx, prefix, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 1 || cands[0].XID != org.Entities[0].Key || cands[0].Match != query.MatchPrefix {
		t.Errorf("Search(%q) = %+v, want the organisation by prefix", prefix, cands)
	}
	_, err = c.Resolve(ctx, prefix)
	if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND || !strings.Contains(err.Error(), org.Entities[0].Name) {
		t.Errorf("Resolve(%q): %v, want not found suggesting %q", prefix, err, org.Entities[0].Name)
	}
	// Text that is DQL stays a name.
	if cands, err := c.Search(ctx, `"]) { uid } q(func: has(xid)) { uid `+n, 5); err != nil || len(cands) != 0 {
		t.Errorf("injection: %+v, %v", cands, err)
	}
}

// oneEntityArticle is a made-up article of one sentence that mentions e.
func oneEntityArticle(nonce, file string, e newsgraph.Entity, sentence string) newsgraph.Analysis {
	text := "[" + nonce + "] " + sentence
	e.Mentions = []newsgraph.Mention{{Text: e.Name, Sentence: 0, Span: newsgraph.Span{Start: 0, End: len(text)}, Type: e.Type}}
	return newsgraph.Analysis{
		Article:  newsgraph.Article{XID: newsgraph.ArticleXID(text), File: nonce + "-" + file, Source: "testblatt", Title: "Test " + file, Date: "2022-01-11", Text: text},
		Entities: []newsgraph.Entity{e},
	}
}
