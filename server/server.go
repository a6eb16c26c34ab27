// Package server is newsgraph's HTTP service: it takes articles in (POST
// /v1/articles), extracts their entities and relations, stores them in the
// graph, and answers questions about the graph.
//
// The service listens on loopback by default. Binding any other address
// requires a bearer token; every request but the health probes must then
// carry it. Request bodies are limited in size; errors are JSON
// {"error":{"code","message"}} with the status mapped from the application
// error code (EUNAVAILABLE: 503 with Retry-After, so a client simply
// retries while Dgraph restarts; storing is idempotent, so a retried batch
// creates nothing twice). Shutdown finishes the loads in flight.
package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// Store is the part of the graph the service needs; *graph.Store is one.
type Store interface {
	Save(ctx context.Context, a newsgraph.Analysis) (newsgraph.LoadResult, error)
	Forget(ctx context.Context, articleXID string) (graph.ForgetResult, error)
	Ping(ctx context.Context) error
	Query(ctx context.Context, q string, vars map[string]string) ([]byte, error)
}

// RelationFilter selects relations: by type, subject and object name or
// xid; empty fields match everything.
type RelationFilter struct {
	Type string
	From string
	To   string
}

// Queries answers the read endpoints. Each method returns a value encoded
// as the JSON response, or an application error (ENOTFOUND: 404).
type Queries interface {
	// SearchEntities finds at most limit entities by name, alias or
	// spelling variant, best first.
	SearchEntities(ctx context.Context, name string, limit int) (any, error)
	// Entity returns one entity's profile, as `newsgraph query actor`.
	Entity(ctx context.Context, xid string) (any, error)
	// Relations lists the relations matching f.
	Relations(ctx context.Context, f RelationFilter) (any, error)
	// Article returns one stored article.
	Article(ctx context.Context, xid string) (any, error)
}

// Options configure a Server. Zero values take the defaults noted.
type Options struct {
	// Addr is the listen address; default 127.0.0.1:8765.
	Addr string
	// Token is the bearer token requests must carry. Required when Addr
	// is not a loopback address; when set, it is checked on every address.
	Token string
	// MaxBodyBytes limits request bodies; default 10 MiB. Larger: 413.
	MaxBodyBytes int64
	// Concurrency bounds the articles extracted and stored at once across
	// all requests; default 2.
	Concurrency int
	// Timeout bounds the graph work of one request: a query, storing one
	// article (retries included), a forget. When it passes (Dgraph down
	// or overloaded) the request fails with 503; default 15s
	// (serve.timeout).
	Timeout time.Duration
	// RetryAfter is the Retry-After of a 503, in whole seconds (at least
	// one); default 5s (serve.retry_after).
	RetryAfter time.Duration
	// ShutdownTimeout bounds how long shutdown waits for requests in
	// flight; default 2 minutes.
	ShutdownTimeout time.Duration
	// Logger receives internals; nil discards them.
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Addr == "" {
		o.Addr = "127.0.0.1:8765"
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 10 << 20
	}
	if o.Concurrency < 1 {
		o.Concurrency = 2
	}
	if o.Timeout <= 0 {
		o.Timeout = 15 * time.Second
	}
	if o.RetryAfter <= 0 {
		o.RetryAfter = 5 * time.Second
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 2 * time.Minute
	}
	return o
}

// Server is the HTTP service. Create it with New.
type Server struct {
	store     Store
	queries   Queries
	extractor newsgraph.Extractor
	opts      Options
	log       *slog.Logger
	metrics   *metrics
	slots     chan struct{} // one per article being extracted and stored
	handler   http.Handler
}

// New checks the options and returns a server. Binding a non-loopback
// address without a token is refused (EINVALID).
func New(store Store, queries Queries, extractor newsgraph.Extractor, opts Options) (*Server, error) {
	opts = opts.withDefaults()
	if err := CheckBind(opts.Addr, opts.Token); err != nil {
		return nil, err
	}
	if store == nil || queries == nil || extractor == nil {
		return nil, newsgraph.Errorf(newsgraph.EINTERNAL, "server: store, queries and extractor are required")
	}
	s := &Server{
		store:     store,
		queries:   queries,
		extractor: extractor,
		opts:      opts,
		log:       logger(opts.Logger),
		metrics:   newMetrics(),
		slots:     make(chan struct{}, opts.Concurrency),
	}
	s.handler = s.routes()
	return s, nil
}

// CheckBind refuses to serve on a non-loopback address without a token.
// Only literal loopback IPs and "localhost" count as loopback: a host name
// may resolve to anything, and an empty host or 0.0.0.0 means every
// interface.
func CheckBind(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "serve.addr %q is not host:port", addr)
	}
	if IsLoopback(host) || token != "" {
		return nil
	}
	return newsgraph.Errorf(newsgraph.EINVALID,
		"refusing to listen on %s without a token: set serve.token (or NEWSGRAPH_SERVE_TOKEN) to serve beyond loopback", addr)
}

// IsLoopback reports whether host is "localhost" or a loopback IP.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Handler returns the service's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.HandleFunc("GET /metrics", s.serveMetrics)
	mux.HandleFunc("POST /v1/articles", s.postArticles)
	mux.HandleFunc("GET /v1/articles/{xid}", s.getArticle)
	mux.HandleFunc("DELETE /v1/articles/{xid}", s.deleteArticle)
	mux.HandleFunc("GET /v1/entities", s.searchEntities)
	mux.HandleFunc("GET /v1/entities/{xid}", s.getEntity)
	mux.HandleFunc("GET /v1/relations", s.getRelations)
	return s.metrics.instrument(s.authenticate(s.jsonFallback(mux)))
}

// authenticate requires the bearer token, when one is configured, on every
// request but the health probes. The comparison takes constant time.
func (s *Server) authenticate(next http.Handler) http.Handler {
	if s.opts.Token == "" {
		return next
	}
	want := []byte("Bearer " + s.opts.Token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" {
			next.ServeHTTP(w, r)
			return
		}
		got := []byte(r.Header.Get("Authorization"))
		if subtle.ConstantTimeCompare(got, want) != 1 {
			s.metrics.countError(codeUnauthorized)
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
			writeErrorCode(w, http.StatusUnauthorized, codeUnauthorized, "missing or wrong bearer token")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// jsonFallback turns ServeMux's plain-text 404 and 405 answers into JSON
// errors, so that every error a client sees has the same shape.
func (s *Server) jsonFallback(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		// No route: let the mux decide between 404 and 405 (it sets
		// Allow for the latter) without writing its text body.
		probe := &headerProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		if probe.status == http.StatusMethodNotAllowed {
			s.metrics.countError(codeMethod)
			w.Header().Set("Allow", probe.header.Get("Allow"))
			writeErrorCode(w, http.StatusMethodNotAllowed, codeMethod, fmt.Sprintf("%s is not allowed on %s", r.Method, r.URL.Path))
			return
		}
		s.metrics.countError(newsgraph.ENOTFOUND)
		writeErrorCode(w, http.StatusNotFound, newsgraph.ENOTFOUND, "no such endpoint: "+r.URL.Path)
	})
}

// headerProbe is a ResponseWriter that keeps the status and headers and
// drops the body.
type headerProbe struct {
	header http.Header
	status int
}

func (p *headerProbe) Header() http.Header { return p.header }
func (p *headerProbe) WriteHeader(code int) {
	if p.status == 0 {
		p.status = code
	}
}
func (p *headerProbe) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return len(b), nil
}

// Serve answers requests on ln until ctx is cancelled, then shuts down
// gracefully: it stops accepting connections and waits, at most
// ShutdownTimeout, for the requests in flight, loads included.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		// Requests outlive ctx: shutdown lets loads in flight finish.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "serving on %s", ln.Addr())
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing requests in flight", "timeout", s.opts.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "shutdown did not finish within %s", s.opts.ShutdownTimeout)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "serving on %s", ln.Addr())
	}
	return nil
}

// Listen opens the configured address.
func (s *Server) Listen() (net.Listener, error) {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "cannot listen on %s", s.opts.Addr)
	}
	return ln, nil
}

// ListenAndServe listens on the configured address and serves until ctx
// is cancelled.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := s.Listen()
	if err != nil {
		return err
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "auth", s.opts.Token != "")
	return s.Serve(ctx, ln)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz reports ready when Dgraph answers and the schema is applied.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := s.schemaApplied(ctx); err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// schemaApplied checks that the predicates every write needs exist with
// their indexes: an alpha that was wiped or never set up answers pings but
// cannot take articles.
func (s *Server) schemaApplied(ctx context.Context) error {
	out, err := s.store.Query(ctx, `schema(pred: [xid, origin]) { index }`, nil)
	if err != nil {
		return err
	}
	if !strings.Contains(string(out), `"xid"`) || !strings.Contains(string(out), `"origin"`) {
		return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "the graph schema is not applied (run newsgraph schema apply or a load)")
	}
	return nil
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.writeTo(w)
}
