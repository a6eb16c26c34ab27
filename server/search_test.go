package server_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/query"
	"github.com/newsgraph/newsgraph/server"
)

// GET /v1/entities?q= finds an entity under spellings none of its names
// has, case and accents aside, and says how each result matched. The
// surname carries the run's nonce, so that the look-up runs through the
// surname's transliteration skeleton and Kölner code as for real names.
func TestEntitySearchIsTolerant(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{})
	n := dgraphtest.Nonce(t)
	surname := "Tokajew" + n
	text := "[" + n + "] Präsident " + surname + " sprach im Fernsehen."
	e := newsgraph.Entity{Key: "person:kassym-schomart " + strings.ToLower(surname), Name: "Kassym-Schomart " + surname,
		Type: newsgraph.Person, Aliases: []string{surname},
		Mentions: []newsgraph.Mention{{Text: surname, Sentence: 0, Span: newsgraph.Span{Start: 0, End: len(text)}, Type: newsgraph.Person}}}
	a := newsgraph.Analysis{Article: newsgraph.Article{XID: newsgraph.ArticleXID(text), File: n + "-search.txt", Source: "testblatt", Text: text},
		Entities: []newsgraph.Entity{e}}
	if _, err := st.Save(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, match string }{
		{"Kassym-Schomart TOKAJÉW" + n, query.MatchName},
		{"tokayev" + n, query.MatchSpelling},
		{"Tojakow" + n, query.MatchSpelling},
		{"Tokajew" + n[:5], query.MatchPrefix},
	} {
		r := svc.do(t, "GET", "/v1/entities?q="+url.QueryEscape(tt.q), "", nil)
		wantStatus(t, "search "+tt.q, r, 200)
		res := decode[server.EntitySearch](t, r)
		found := false
		for i, c := range res.Entities {
			if c.XID == e.Key {
				found = true
				if c.Match != tt.match || c.Score <= 0 || c.Score > 1 {
					t.Errorf("q=%s: matched by %q with score %.2f, want %q", tt.q, c.Match, c.Score, tt.match)
				}
				if i != 0 {
					t.Errorf("q=%s: found at rank %d, want first: %+v", tt.q, i+1, res.Entities)
				}
			}
		}
		if !found {
			t.Errorf("q=%s: %s not among %+v", tt.q, e.Key, res.Entities)
		}
	}
	// ?limit= bounds the list; a bad one is refused.
	r := svc.do(t, "GET", "/v1/entities?limit=1&q="+url.QueryEscape("Tokajew"+n[:5]), "", nil)
	wantStatus(t, "search with limit", r, 200)
	if res := decode[server.EntitySearch](t, r); len(res.Entities) != 1 {
		t.Errorf("limit=1: %d entities", len(res.Entities))
	}
	for _, bad := range []string{"0", "-1", "101", "viele"} {
		wantError(t, "limit="+bad, svc.do(t, "GET", "/v1/entities?q=x&limit="+bad, "", nil), 400, newsgraph.EINVALID)
	}
	// An unknown name is an empty list, not an error.
	r = svc.do(t, "GET", "/v1/entities?q="+url.QueryEscape("Niemand "+n), "", nil)
	wantStatus(t, "search unknown", r, 200)
	if res := decode[server.EntitySearch](t, r); len(res.Entities) != 0 {
		t.Errorf("unknown name found %+v", res.Entities)
	}
}

// The request timeout bounds reads as well as writes, and a 503 carries the
// configured Retry-After, rounded up to whole seconds.
func TestTimeoutAndRetryAfter(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	// A timeout no query can meet: every graph request runs out of time.
	svc := startService(t, st, server.Options{Timeout: time.Nanosecond, RetryAfter: 6500 * time.Millisecond})
	for _, path := range []string{
		"/v1/entities?q=Tokajew",
		"/v1/entities/" + url.PathEscape("person:tokaev"),
		"/v1/relations?type=dismissed",
		"/v1/articles/" + url.PathEscape("article:000000000000000000000000"),
	} {
		r := svc.do(t, "GET", path, "", nil)
		wantError(t, "GET "+path+" past the timeout", r, 503, newsgraph.EUNAVAILABLE)
		if got := r.header.Get("Retry-After"); got != "7" {
			t.Errorf("GET %s: Retry-After %q, want 7", path, got)
		}
	}
	wantError(t, "DELETE past the timeout", svc.do(t, "DELETE", "/v1/articles/"+url.PathEscape("article:000000000000000000000000"), "", nil), 503, newsgraph.EUNAVAILABLE)
	wantStatus(t, "healthz", svc.do(t, "GET", "/healthz", "", nil), 200)

	// The defaults leave time enough.
	ok := startService(t, st, server.Options{})
	wantStatus(t, "search with the default timeout", ok.do(t, "GET", "/v1/entities?q=Tokajew", "", nil), 200)
}
