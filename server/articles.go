package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all" // every input format
	"github.com/newsgraph/newsgraph/query"
)

// ArticleResult is the answer for one posted article: its xid, what the
// load did, and what was extracted, in the shape `newsgraph extract
// --format json` prints.
type ArticleResult struct {
	XID    string               `json:"xid"`
	Status newsgraph.LoadStatus `json:"status"`
	Title  string               `json:"title,omitempty"`
	eval.GoldArticle
}

// BatchResult is the answer for a batch (JSON array, NDJSON, or a text
// body holding several articles).
type BatchResult struct {
	Count    int             `json:"count"`
	Articles []ArticleResult `json:"articles"`
}

// ForgetResult is the answer to DELETE /v1/articles/{xid}.
type ForgetResult struct {
	XID       string             `json:"xid"`
	Forgotten graph.ForgetResult `json:"forgotten"`
}

// ndjsonTypes are the media types of newline-delimited JSON in use.
var ndjsonTypes = map[string]bool{
	"application/x-ndjson":     true,
	"application/ndjson":       true,
	"application/jsonl":        true,
	"application/x-jsonlines":  true,
	"application/jsonlines":    true,
	"application/json-seq":     true,
	"application/x-json-lines": true,
}

// postArticles takes one article or a batch, extracts and stores each in
// order, and answers with the results. It stops at the first article that
// cannot be stored; because storing is idempotent, the client resends the
// whole request and the articles stored before report "unchanged".
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.metrics.countError(codeTooLarge)
			writeErrorCode(w, http.StatusRequestEntityTooLarge, codeTooLarge,
				fmt.Sprintf("request body is larger than the limit of %d bytes (serve.max_body_bytes)", s.opts.MaxBodyBytes))
			return
		}
		s.writeError(w, r, newsgraph.Wrap(newsgraph.EINVALID, err, "reading the request body"))
		return
	}
	arts, batch, err := s.parseArticles(r, body)
	if err != nil {
		if newsgraph.ErrorCode(err) == codeUnsupported {
			s.metrics.countError(codeUnsupported)
			writeErrorCode(w, http.StatusUnsupportedMediaType, codeUnsupported, newsgraph.ErrorMessage(err))
			return
		}
		s.writeError(w, r, err)
		return
	}
	results := make([]ArticleResult, 0, len(arts))
	for i, a := range arts {
		res, err := s.load(r.Context(), a)
		if err != nil {
			if len(arts) > 1 {
				s.log.Warn("batch cut short", "article", i+1, "of", len(arts), "xid", a.XID, "err", err)
				err = newsgraph.Errorf(newsgraph.ErrorCode(err),
					"article %d of %d (%s): %s; the %d before it are stored: resend the request to store the rest (stored articles report unchanged)",
					i+1, len(arts), a.XID, publicMessage(err), i)
			}
			s.writeError(w, r, err)
			return
		}
		results = append(results, res)
	}
	if batch {
		writeJSON(w, http.StatusOK, BatchResult{Count: len(results), Articles: results})
		return
	}
	writeJSON(w, http.StatusOK, results[0])
}

// parseArticles reads the body by its media type: JSON (one object or an
// array), NDJSON, or text in any format the loaders read. batch says
// whether the answer is a list.
func (s *Server) parseArticles(r *http.Request, body []byte) (arts []newsgraph.Article, batch bool, err error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, false, newsgraph.Errorf(newsgraph.EINVALID, "empty request body: send an article as text/plain or application/json")
	}
	mediaType := "text/plain"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return nil, false, newsgraph.Errorf(newsgraph.EINVALID, "bad Content-Type %q", ct)
		}
		mediaType = mt
	}
	// name, if given, names the article's file: it keeps the article's
	// identity across new versions (see graph.Origin) and picks the format
	// by extension. Without it, posts are told apart by URL or content.
	name := filepath.Base(r.URL.Query().Get("name"))
	if name == "." || name == "/" {
		name = ""
	}
	switch {
	case mediaType == "application/json":
		arts, err = loaders.ReadBytesAs("json", orDefault(name, "request.json"), body)
		batch = bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) || len(arts) > 1
	case ndjsonTypes[mediaType]:
		arts, err = loaders.ReadBytesAs("json", orDefault(name, "request.jsonl"), body)
		batch = true
	case mediaType == "text/html" || mediaType == "application/xhtml+xml":
		arts, err = loaders.ReadBytesAs("html", orDefault(name, "request.html"), body)
	case mediaType == "text/plain" || mediaType == "application/octet-stream":
		arts, err = loaders.ReadBytes(orDefault(name, "request.txt"), body)
		batch = len(arts) > 1
	default:
		return nil, false, &newsgraph.Error{Code: codeUnsupported, Message: fmt.Sprintf(
			"unsupported Content-Type %q: use text/plain, text/html, application/json or application/x-ndjson", mediaType)}
	}
	if err != nil {
		// A batch with one bad record is refused whole, so that the
		// client fixes it and resends: nothing half-loaded to untangle.
		if newsgraph.ErrorCode(err) == newsgraph.EINTERNAL {
			err = newsgraph.Wrap(newsgraph.EINVALID, err, "reading the request body")
		}
		return nil, false, err
	}
	if len(arts) == 0 {
		return nil, false, newsgraph.Errorf(newsgraph.EINVALID, "the request body holds no article")
	}
	// The file name is an article's identity only for a single-article
	// file: articles of one batch would all claim the same origin and
	// replace each other.
	if name == "" || len(arts) > 1 {
		for i := range arts {
			arts[i].File = ""
		}
	}
	return arts, batch, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// load extracts and stores one article, holding one of the load slots.
func (s *Server) load(ctx context.Context, a newsgraph.Article) (ArticleResult, error) {
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return ArticleResult{}, newsgraph.Wrap(newsgraph.EUNAVAILABLE, ctx.Err(), "request cancelled while waiting for a load slot")
	}
	start := time.Now()
	analysis, err := ingest.Extract(s.extractor, a)
	s.metrics.observe(s.metrics.extract, time.Since(start))
	if err != nil {
		return ArticleResult{}, err
	}
	wctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	start = time.Now()
	res, err := s.store.Save(wctx, analysis)
	s.metrics.observe(s.metrics.write, time.Since(start))
	if err != nil {
		return ArticleResult{}, err
	}
	s.metrics.countLoaded(string(res.Status))
	s.log.Info("article stored", "xid", res.XID, "status", res.Status, "entities", res.Entities, "relations", res.Relations)
	return ArticleResult{XID: res.XID, Status: res.Status, Title: analysis.Article.Title, GoldArticle: eval.FromAnalysis(analysis)}, nil
}

// readContext bounds a read request's graph work by the timeout.
func (s *Server) readContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opts.Timeout)
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.readContext(r)
	defer cancel()
	v, err := s.queries.Article(ctx, r.PathValue("xid"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) deleteArticle(w http.ResponseWriter, r *http.Request) {
	xid := r.PathValue("xid")
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	res, err := s.store.Forget(ctx, xid)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.log.Info("article forgotten", "xid", xid, "mentions", res.Mentions, "facts", res.Facts, "entities", res.Entities)
	writeJSON(w, http.StatusOK, ForgetResult{XID: xid, Forgotten: res})
}

// maxSearchLimit bounds ?limit= of an entity search.
const maxSearchLimit = 100

func (s *Server) searchEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if q == "" {
		s.writeError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "missing query parameter q (a name)"))
		return
	}
	limit := query.DefaultSearchLimit
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > maxSearchLimit {
			s.writeError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "limit %q: want a number from 1 to %d", l, maxSearchLimit))
			return
		}
		limit = n
	}
	ctx, cancel := s.readContext(r)
	defer cancel()
	v, err := s.queries.SearchEntities(ctx, q, limit)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) getEntity(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.readContext(r)
	defer cancel()
	v, err := s.queries.Entity(ctx, r.PathValue("xid"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) getRelations(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := RelationFilter{Type: q.Get("type"), From: q.Get("from"), To: q.Get("to")}
	ctx, cancel := s.readContext(r)
	defer cancel()
	v, err := s.queries.Relations(ctx, f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}
