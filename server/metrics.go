package server

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// metrics are the service's counters and histograms, written in the
// Prometheus text exposition format by hand: a handful of series does not
// justify the client library and its dependencies.
type metrics struct {
	mu       sync.Mutex
	requests map[[3]string]uint64 // method, route, status
	loaded   map[string]uint64    // load status
	errors   map[string]uint64    // error code
	inFlight int64
	extract  *histogram
	write    *histogram
	request  *histogram
}

// latencyBuckets are upper bounds in seconds: extraction of one article
// takes milliseconds, a Dgraph write tens of milliseconds, a retried write
// during a restart seconds.
var latencyBuckets = []float64{0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

func newMetrics() *metrics {
	return &metrics{
		requests: map[[3]string]uint64{},
		loaded:   map[string]uint64{},
		errors:   map[string]uint64{},
		extract:  newHistogram(latencyBuckets),
		write:    newHistogram(latencyBuckets),
		request:  newHistogram(latencyBuckets),
	}
}

type histogram struct {
	bounds []float64
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func newHistogram(bounds []float64) *histogram {
	return &histogram{bounds: bounds, counts: make([]uint64, len(bounds)+1)}
}

func (h *histogram) observe(v float64) {
	i := sort.SearchFloat64s(h.bounds, v) // first bound >= v: "le" semantics
	h.counts[i]++
	h.sum += v
	h.n++
}

func (m *metrics) observe(h *histogram, d time.Duration) {
	m.mu.Lock()
	h.observe(d.Seconds())
	m.mu.Unlock()
}

func (m *metrics) countLoaded(status string) {
	m.mu.Lock()
	m.loaded[status]++
	m.mu.Unlock()
}

func (m *metrics) countError(code string) {
	m.mu.Lock()
	m.errors[code]++
	m.mu.Unlock()
}

// instrument counts requests by method, route pattern and status, and
// their latency.
func (m *metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		m.mu.Lock()
		m.inFlight++
		m.mu.Unlock()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			route := r.Pattern // set by ServeMux on the request it dispatches
			if route == "" {
				route = "unmatched"
			}
			m.mu.Lock()
			m.inFlight--
			m.requests[[3]string{r.Method, route, strconv.Itoa(rec.status)}]++
			m.request.observe(time.Since(start).Seconds())
			m.mu.Unlock()
		}()
		next.ServeHTTP(rec, r)
	})
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// writeTo writes every series in the text exposition format, version 0.0.4.
func (m *metrics) writeTo(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder

	b.WriteString("# HELP newsgraph_articles_loaded_total Articles stored through the service, by outcome.\n")
	b.WriteString("# TYPE newsgraph_articles_loaded_total counter\n")
	for _, st := range []string{"new", "unchanged", "updated"} {
		fmt.Fprintf(&b, "newsgraph_articles_loaded_total{status=%q} %d\n", st, m.loaded[st])
	}

	b.WriteString("# HELP newsgraph_errors_total Error responses, by error code.\n")
	b.WriteString("# TYPE newsgraph_errors_total counter\n")
	for _, code := range sortedKeys(m.errors) {
		fmt.Fprintf(&b, "newsgraph_errors_total{code=%s} %d\n", quoteLabel(code), m.errors[code])
	}

	b.WriteString("# HELP newsgraph_http_requests_total HTTP requests, by method, route and status.\n")
	b.WriteString("# TYPE newsgraph_http_requests_total counter\n")
	keys := make([][3]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return strings.Join(keys[i][:], "\x00") < strings.Join(keys[j][:], "\x00")
	})
	for _, k := range keys {
		fmt.Fprintf(&b, "newsgraph_http_requests_total{method=%s,route=%s,status=%s} %d\n",
			quoteLabel(k[0]), quoteLabel(k[1]), quoteLabel(k[2]), m.requests[k])
	}

	b.WriteString("# HELP newsgraph_http_requests_in_flight HTTP requests being served.\n")
	b.WriteString("# TYPE newsgraph_http_requests_in_flight gauge\n")
	fmt.Fprintf(&b, "newsgraph_http_requests_in_flight %d\n", m.inFlight)

	writeHistogram(&b, "newsgraph_extract_duration_seconds", "Time to extract entities and relations from one article.", m.extract)
	writeHistogram(&b, "newsgraph_write_duration_seconds", "Time to store one article's analysis in Dgraph, retries included.", m.write)
	writeHistogram(&b, "newsgraph_http_request_duration_seconds", "Time to serve one HTTP request.", m.request)
	_, _ = io.WriteString(w, b.String())
}

func writeHistogram(b *strings.Builder, name, help string, h *histogram) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name)
	var cum uint64
	for i, bound := range h.bounds {
		cum += h.counts[i]
		fmt.Fprintf(b, "%s_bucket{le=%q} %d\n", name, formatFloat(bound), cum)
	}
	cum += h.counts[len(h.bounds)]
	fmt.Fprintf(b, "%s_bucket{le=\"+Inf\"} %d\n", name, cum)
	fmt.Fprintf(b, "%s_sum %s\n", name, formatFloat(h.sum))
	fmt.Fprintf(b, "%s_count %d\n", name, h.n)
}

func formatFloat(f float64) string {
	if math.IsInf(f, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// quoteLabel quotes a label value as the exposition format wants:
// backslash, double quote and newline escaped.
func quoteLabel(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(v) + `"`
}

func sortedKeys(m map[string]uint64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
