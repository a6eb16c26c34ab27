package server

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph"
)

// HTTP-only error codes, next to the application codes of package
// newsgraph (invalid, not_found, conflict, unavailable, internal).
const (
	codeTooLarge     = "too_large"
	codeUnauthorized = "unauthorized"
	codeUnsupported  = "unsupported_media_type"
	codeMethod       = "method_not_allowed"
)

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is a machine-readable code and a message for people.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statusOf maps an application error code to an HTTP status.
func statusOf(code string) int {
	switch code {
	case newsgraph.EINVALID:
		return http.StatusBadRequest
	case newsgraph.ENOTFOUND:
		return http.StatusNotFound
	case newsgraph.ECONFLICT:
		return http.StatusConflict
	case newsgraph.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// writeJSON writes v as the JSON response body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// writeErrorCode writes an error response with an explicit status and code.
func writeErrorCode(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, ErrorBody{Error: ErrorDetail{Code: code, Message: msg}})
}

// writeError writes err as a JSON error: the status follows the error's
// application code; an internal error's details go to the log only.
// An unavailable dependency gets Retry-After so clients back off and retry.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := newsgraph.ErrorCode(err)
	s.metrics.countError(code)
	switch code {
	case newsgraph.EINTERNAL:
		s.log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	case newsgraph.EUNAVAILABLE:
		s.log.Warn("dependency unavailable", "method", r.Method, "path", r.URL.Path, "err", err)
		w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds(s.opts.RetryAfter)))
	default:
		s.log.Debug("request failed", "method", r.Method, "path", r.URL.Path, "code", code, "err", err)
	}
	writeErrorCode(w, statusOf(code), code, publicMessage(err))
}

// publicMessage is what a client is told about err: the application
// error's message; for an unavailable dependency without the transport's
// details; for an internal error nothing but a pointer to the log.
func publicMessage(err error) string {
	switch newsgraph.ErrorCode(err) {
	case newsgraph.EINTERNAL:
		return "internal error; the server log has the details"
	case newsgraph.EUNAVAILABLE:
		var appErr *newsgraph.Error
		if errors.As(err, &appErr) && appErr.Message != "" {
			return appErr.Message
		}
	}
	return newsgraph.ErrorMessage(err)
}

// logger returns l or a logger that discards everything.
func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}

// retryAfterSeconds is d in whole seconds, rounded up, at least one: the
// header has no smaller unit, and 0 would invite a client to hammer.
func retryAfterSeconds(d time.Duration) int {
	return max(1, int((d+time.Second-1)/time.Second))
}
