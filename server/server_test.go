package server_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/server"
)

func TestMain(m *testing.M) { dgraphtest.Main(m) }

// tag returns a random word that makes a test's articles unique in the
// shared test graph.
func tag(t *testing.T) string {
	t.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "T" + hex.EncodeToString(b)
}

// articleText is an article of our own making about the Kazakhstan events;
// the tag makes its content, and so its xid, unique.
func articleText(tag string, variant int) string {
	return fmt.Sprintf(`Der kasachische Präsident Kassym-Schomart Tokajew hat am Mittwoch den Geheimdienstchef Karim Massimow entlassen.
Massimow wurde wenige Tage später wegen des Verdachts auf Hochverrat festgenommen.

Russland schickte nach einem Hilferuf Tokajews Soldaten nach Kasachstan. Die Meldung %s hat die Fassung %d.
`, tag, variant)
}

func openStore(t *testing.T, addr string) *graph.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := graph.Open(ctx, addr)
	if err != nil {
		t.Fatalf("graph.Open(%s): %v", addr, err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema: %v", err)
	}
	return st
}

// service is a running server on a random loopback port.
type service struct {
	base  string
	token string
	stop  func() error // cancels the serve context and waits for Serve
}

func startService(t *testing.T, st *graph.Store, opts server.Options) *service {
	t.Helper()
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	srv, err := server.New(st, server.NewGraphQueries(st), extract.New(), opts)
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	stopped := false
	var stopErr error
	stop := func() error {
		if !stopped {
			stopped = true
			cancel()
			stopErr = <-done
		}
		return stopErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return &service{base: "http://" + ln.Addr().String(), token: opts.Token, stop: stop}
}

// testLog sends the server's log to the test's log.
type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (s *service) do(t *testing.T, method, path, contentType string, body []byte) response {
	t.Helper()
	req, err := http.NewRequest(method, s.base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

func decode[T any](t *testing.T, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("decoding %s: %v", r.body, err)
	}
	return v
}

func wantStatus(t *testing.T, what string, r response, status int) {
	t.Helper()
	if r.status != status {
		t.Fatalf("%s: status %d, want %d; body %s", what, r.status, status, r.body)
	}
}

// wantError checks an error response: status, JSON shape and code.
func wantError(t *testing.T, what string, r response, status int, code string) server.ErrorBody {
	t.Helper()
	wantStatus(t, what, r, status)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: Content-Type %q, want JSON", what, ct)
	}
	e := decode[server.ErrorBody](t, r)
	if e.Error.Code != code || e.Error.Message == "" {
		t.Errorf("%s: error %+v, want code %q and a message", what, e.Error, code)
	}
	return e
}

func TestArticleLifecycle(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{})
	tg := tag(t)
	text := articleText(tg, 1)

	r := svc.do(t, "POST", "/v1/articles", "text/plain; charset=utf-8", []byte(text))
	wantStatus(t, "POST text", r, 200)
	first := decode[server.ArticleResult](t, r)
	if first.Status != newsgraph.StatusNew || !strings.HasPrefix(first.XID, "article:") {
		t.Fatalf("first post: %+v", first)
	}
	var tokajew string
	for _, e := range first.Entities {
		if e.Type == "Person" && strings.Contains(e.Name, "Tokajew") {
			tokajew = e.Name
		}
	}
	if tokajew == "" {
		t.Fatalf("no Person Tokajew among the extracted entities %+v", first.Entities)
	}

	r = svc.do(t, "POST", "/v1/articles", "text/plain", []byte(text))
	wantStatus(t, "POST again", r, 200)
	if again := decode[server.ArticleResult](t, r); again.Status != newsgraph.StatusUnchanged || again.XID != first.XID {
		t.Fatalf("second post of the same text: %s %s, want unchanged %s", again.Status, again.XID, first.XID)
	}

	// the same article as a web page: the page furniture is dropped, so it
	// is the same text and nothing new
	page := "<!doctype html><html><head><title>Seite</title></head><body><nav><p>Startseite</p></nav><article><p>" +
		strings.ReplaceAll(html.EscapeString(text), "\n\n", "</p><p>") + "</p></article></body></html>"
	r = svc.do(t, "POST", "/v1/articles", "text/html; charset=utf-8", []byte(page))
	wantStatus(t, "POST HTML", r, 200)
	if again := decode[server.ArticleResult](t, r); again.Status != newsgraph.StatusUnchanged || again.XID != first.XID {
		t.Fatalf("the article as an HTML page: %s %s, want unchanged %s", again.Status, again.XID, first.XID)
	}

	r = svc.do(t, "GET", "/v1/articles/"+url.PathEscape(first.XID), "", nil)
	wantStatus(t, "GET article", r, 200)
	view := decode[server.ArticleView](t, r)
	if view.XID != first.XID || !strings.Contains(view.Text, tg) || len(view.Entities) == 0 {
		t.Fatalf("GET article: xid %s, %d entities, text has tag: %v", view.XID, len(view.Entities), strings.Contains(view.Text, tg))
	}

	r = svc.do(t, "GET", "/v1/entities?q="+url.QueryEscape(tokajew), "", nil)
	wantStatus(t, "search entities", r, 200)
	found := decode[struct {
		Entities []struct {
			XID  string `json:"xid"`
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"entities"`
	}](t, r)
	if len(found.Entities) == 0 {
		t.Fatalf("search %q found nothing", tokajew)
	}
	entityXID := found.Entities[0].XID

	r = svc.do(t, "GET", "/v1/entities/"+url.PathEscape(entityXID), "", nil)
	wantStatus(t, "GET entity", r, 200)
	profile := decode[struct {
		XID      string `json:"xid"`
		Name     string `json:"name"`
		Articles int    `json:"articles"`
	}](t, r)
	if profile.XID != entityXID || profile.Articles < 1 {
		t.Fatalf("profile %+v, want xid %s in at least one article", profile, entityXID)
	}

	// Every relation the POST reported can be read back by type and ends.
	for _, rel := range first.Relations {
		q := url.Values{"type": {rel.Type}, "to": {rel.Object}}
		if rel.Subject != nil {
			q.Set("from", *rel.Subject)
		}
		r = svc.do(t, "GET", "/v1/relations?"+q.Encode(), "", nil)
		wantStatus(t, "GET relations "+q.Encode(), r, 200)
		facts := decode[struct {
			Facts []json.RawMessage `json:"facts"`
		}](t, r)
		if len(facts.Facts) == 0 {
			t.Errorf("relation %s %v → %s was reported stored but is not found", rel.Type, rel.Subject, rel.Object)
		}
	}

	wantError(t, "unknown relation type", svc.do(t, "GET", "/v1/relations?type=no_such_relation", "", nil), 400, newsgraph.EINVALID)
	wantError(t, "relations without filter", svc.do(t, "GET", "/v1/relations", "", nil), 400, newsgraph.EINVALID)
	wantError(t, "unknown entity", svc.do(t, "GET", "/v1/entities/"+url.PathEscape("person:"+tg), "", nil), 404, newsgraph.ENOTFOUND)
	wantError(t, "search without q", svc.do(t, "GET", "/v1/entities", "", nil), 400, newsgraph.EINVALID)

	r = svc.do(t, "DELETE", "/v1/articles/"+url.PathEscape(first.XID), "", nil)
	wantStatus(t, "DELETE", r, 200)
	if fr := decode[server.ForgetResult](t, r); fr.XID != first.XID || fr.Forgotten.Mentions == 0 {
		t.Fatalf("forget result %+v", fr)
	}
	wantError(t, "GET forgotten article", svc.do(t, "GET", "/v1/articles/"+url.PathEscape(first.XID), "", nil), 404, newsgraph.ENOTFOUND)
	wantError(t, "DELETE again", svc.do(t, "DELETE", "/v1/articles/"+url.PathEscape(first.XID), "", nil), 404, newsgraph.ENOTFOUND)

	// Forgotten, the same text is new again.
	r = svc.do(t, "POST", "/v1/articles", "text/plain", []byte(text))
	wantStatus(t, "POST after DELETE", r, 200)
	if again := decode[server.ArticleResult](t, r); again.Status != newsgraph.StatusNew {
		t.Fatalf("post after forget: %s, want new", again.Status)
	}
}

type record struct {
	Text   string `json:"text"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Date   string `json:"date,omitempty"`
}

func TestPostJSONForms(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{})
	tg := tag(t)

	// One object with metadata.
	known := record{Text: articleText(tg, 1), Title: "Tokajew entlässt Massimow " + tg, Source: "Testagentur", Date: "2022-01-06"}
	one, _ := json.Marshal(known)
	r := svc.do(t, "POST", "/v1/articles", "application/json", one)
	wantStatus(t, "POST object", r, 200)
	res := decode[server.ArticleResult](t, r)
	if res.Status != newsgraph.StatusNew || res.Title != "Tokajew entlässt Massimow "+tg || res.Source != "Testagentur" || res.Date != "2022-01-06" {
		t.Fatalf("object result: %+v", res)
	}

	// An array is a batch, in order; the known article is unchanged.
	arr, _ := json.Marshal([]record{known, {Text: articleText(tg, 2)}})
	r = svc.do(t, "POST", "/v1/articles", "application/json", arr)
	wantStatus(t, "POST array", r, 200)
	batch := decode[server.BatchResult](t, r)
	if batch.Count != 2 || len(batch.Articles) != 2 || batch.Articles[0].XID != res.XID ||
		batch.Articles[0].Status != newsgraph.StatusUnchanged || batch.Articles[1].Status != newsgraph.StatusNew {
		t.Fatalf("array batch: %+v", batch)
	}

	// NDJSON.
	var nd bytes.Buffer
	for v := 3; v <= 4; v++ {
		line, _ := json.Marshal(record{Text: articleText(tg, v)})
		nd.Write(line)
		nd.WriteByte('\n')
	}
	r = svc.do(t, "POST", "/v1/articles", "application/x-ndjson", nd.Bytes())
	wantStatus(t, "POST NDJSON", r, 200)
	if b := decode[server.BatchResult](t, r); b.Count != 2 || b.Articles[0].Status != newsgraph.StatusNew || b.Articles[1].Status != newsgraph.StatusNew {
		t.Fatalf("NDJSON batch: %+v", b)
	}

	// A new text under a known URL replaces the older version.
	u := "https://example.org/" + tg
	v1, _ := json.Marshal(record{Text: articleText(tg, 5), URL: u})
	v2, _ := json.Marshal(record{Text: articleText(tg, 6), URL: u})
	r = svc.do(t, "POST", "/v1/articles", "application/json", v1)
	wantStatus(t, "POST v1", r, 200)
	old := decode[server.ArticleResult](t, r)
	r = svc.do(t, "POST", "/v1/articles", "application/json", v2)
	wantStatus(t, "POST v2", r, 200)
	if upd := decode[server.ArticleResult](t, r); upd.Status != newsgraph.StatusUpdated || upd.XID == old.XID {
		t.Fatalf("new version: %s %s, want updated with a new xid", upd.Status, upd.XID)
	}
	wantError(t, "GET replaced version", svc.do(t, "GET", "/v1/articles/"+url.PathEscape(old.XID), "", nil), 404, newsgraph.ENOTFOUND)
}

func TestRequestErrors(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{MaxBodyBytes: 4096})
	tests := []struct {
		name        string
		method      string
		path        string
		contentType string
		body        []byte
		status      int
		code        string
	}{
		{"empty body", "POST", "/v1/articles", "text/plain", nil, 400, newsgraph.EINVALID},
		{"blank body", "POST", "/v1/articles", "text/plain", []byte(" \n\t\n"), 400, newsgraph.EINVALID},
		{"binary body", "POST", "/v1/articles", "text/plain", bytes.Repeat([]byte{0, 1, 2, 0xff}, 100), 400, newsgraph.EINVALID},
		{"JSON without text", "POST", "/v1/articles", "application/json", []byte(`{"title":"nur ein Titel"}`), 400, newsgraph.EINVALID},
		{"truncated JSON", "POST", "/v1/articles", "application/json", []byte(`[{"text":"Tokajew sprach."`), 400, newsgraph.EINVALID},
		{"batch with one bad record", "POST", "/v1/articles", "application/x-ndjson", []byte("{\"text\":\"Tokajew sprach.\"}\n{\"text\":\"\"}\n"), 400, newsgraph.EINVALID},
		{"bad date", "POST", "/v1/articles", "application/json", []byte(`{"text":"Tokajew sprach.","date":"gestern"}`), 400, newsgraph.EINVALID},
		{"HTML without article text", "POST", "/v1/articles", "text/html", []byte(`<html><body><nav><p>Startseite</p></nav></body></html>`), 400, newsgraph.EINVALID},
		{"unsupported type", "POST", "/v1/articles", "image/png", []byte("x"), 415, "unsupported_media_type"},
		{"malformed type", "POST", "/v1/articles", "text/", []byte("x"), 400, newsgraph.EINVALID},
		{"too large", "POST", "/v1/articles", "text/plain", bytes.Repeat([]byte("Tokajew sprach. "), 400), 413, "too_large"},
		{"unknown endpoint", "GET", "/v1/nothing", "", nil, 404, newsgraph.ENOTFOUND},
		{"wrong method", "PUT", "/v1/articles", "text/plain", []byte("x"), 405, "method_not_allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := svc.do(t, tt.method, tt.path, tt.contentType, tt.body)
			wantError(t, tt.name, r, tt.status, tt.code)
			if tt.status == 405 && !strings.Contains(r.header.Get("Allow"), "POST") {
				t.Errorf("405 without Allow: POST: %q", r.header.Get("Allow"))
			}
		})
	}
}

func TestCheckBind(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8765", "", true},
		{"localhost:8765", "", true},
		{"[::1]:8765", "", true},
		{"127.0.0.2:8765", "", true},
		{"0.0.0.0:8765", "", false},
		{":8765", "", false},
		{"[::]:8765", "", false},
		{"192.168.1.10:8765", "", false},
		{"newsroom.example:8765", "", false},
		{"0.0.0.0:8765", "s3cret", true},
		{"no-port", "", false},
	}
	for _, tt := range tests {
		err := server.CheckBind(tt.addr, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckBind(%q, %q) = %v, want ok=%v", tt.addr, tt.token, err, tt.ok)
		}
		if err != nil && newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("CheckBind(%q): code %s, want invalid", tt.addr, newsgraph.ErrorCode(err))
		}
	}
}

func TestTokenRequired(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	if _, err := server.New(st, server.NewGraphQueries(st), extract.New(), server.Options{Addr: "0.0.0.0:0"}); err == nil {
		t.Fatal("server.New on 0.0.0.0 without a token: no error")
	}
	svc := startService(t, st, server.Options{Token: "right-token"})
	anon := &service{base: svc.base}
	wrong := &service{base: svc.base, token: "wrong-token"}
	body := []byte(articleText(tag(t), 1))

	wantError(t, "POST without token", anon.do(t, "POST", "/v1/articles", "text/plain", body), 401, "unauthorized")
	r := wrong.do(t, "GET", "/metrics", "", nil)
	wantError(t, "metrics with wrong token", r, 401, "unauthorized")
	if !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("401 without WWW-Authenticate: Bearer")
	}
	wantStatus(t, "healthz without token", anon.do(t, "GET", "/healthz", "", nil), 200)
	wantStatus(t, "POST with token", svc.do(t, "POST", "/v1/articles", "text/plain", body), 200)
	wantStatus(t, "metrics with token", svc.do(t, "GET", "/metrics", "", nil), 200)
}

// metricValue reads one sample from a Prometheus text exposition.
func metricValue(t *testing.T, body []byte, series string) float64 {
	t.Helper()
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindSubmatch(body)
	if m == nil {
		t.Fatalf("no series %s in\n%s", series, body)
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestHealthReadyMetrics(t *testing.T) {
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{})
	wantStatus(t, "healthz", svc.do(t, "GET", "/healthz", "", nil), 200)
	wantStatus(t, "readyz", svc.do(t, "GET", "/readyz", "", nil), 200)

	r := svc.do(t, "GET", "/metrics", "", nil)
	wantStatus(t, "metrics", r, 200)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("metrics Content-Type %q", ct)
	}
	newBefore := metricValue(t, r.body, `newsgraph_articles_loaded_total{status="new"}`)
	writesBefore := metricValue(t, r.body, `newsgraph_write_duration_seconds_count`)

	wantStatus(t, "POST", svc.do(t, "POST", "/v1/articles", "text/plain", []byte(articleText(tag(t), 1))), 200)
	wantStatus(t, "bad POST", svc.do(t, "POST", "/v1/articles", "text/plain", nil), 400)

	r = svc.do(t, "GET", "/metrics", "", nil)
	if got := metricValue(t, r.body, `newsgraph_articles_loaded_total{status="new"}`); got != newBefore+1 {
		t.Errorf("articles loaded (new) %v, want %v", got, newBefore+1)
	}
	if got := metricValue(t, r.body, `newsgraph_write_duration_seconds_count`); got != writesBefore+1 {
		t.Errorf("write latency count %v, want %v", got, writesBefore+1)
	}
	if got := metricValue(t, r.body, `newsgraph_extract_duration_seconds_bucket{le="+Inf"}`); got < 1 {
		t.Errorf("extract latency +Inf bucket %v", got)
	}
	if got := metricValue(t, r.body, `newsgraph_errors_total{code="invalid"}`); got < 1 {
		t.Errorf("errors (invalid) %v", got)
	}
	if got := metricValue(t, r.body, `newsgraph_http_requests_total{method="POST",route="POST /v1/articles",status="400"}`); got != 1 {
		t.Errorf("POST 400 requests %v, want 1", got)
	}
}

// TestSeedsAsText posts every seed file as it is on disk: each of the
// seed formats is recognised and yields entities, and the answer's xid is
// the article's.
func TestSeedsAsText(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(sharedtest.Path(t), "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	st := openStore(t, dgraphtest.AlphaAddr())
	svc := startService(t, st, server.Options{})
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := svc.do(t, "POST", "/v1/articles?name="+url.QueryEscape(filepath.Base(path)), "text/plain", data)
		wantStatus(t, "POST "+filepath.Base(path), r, 200)
		res := decode[server.ArticleResult](t, r)
		if res.Status == "" || len(res.Entities) == 0 || res.File != filepath.Base(path) {
			t.Errorf("%s: status %q, %d entities, file %q", filepath.Base(path), res.Status, len(res.Entities), res.File)
		}
	}
}
