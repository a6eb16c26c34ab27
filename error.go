package newsgraph

import (
	"errors"
	"fmt"
)

// Application error codes. They decide the CLI exit status and the HTTP
// status; everything else about an error is for the log.
const (
	EINVALID     = "invalid"     // bad input: unreadable file, bad flag, bad query
	ENOTFOUND    = "not_found"   // no such entity, article or file
	ECONFLICT    = "conflict"    // concurrent change that could not be resolved
	EUNAVAILABLE = "unavailable" // Dgraph or another dependency does not answer
	EINTERNAL    = "internal"    // a bug or an unexpected failure
)

// Error is an application error: a code for machines, a message for users,
// and the underlying cause for the log.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	switch {
	case e.Message != "" && e.Err != nil:
		return e.Message + ": " + e.Err.Error()
	case e.Message != "":
		return e.Message
	case e.Err != nil:
		return e.Err.Error()
	}
	return e.Code
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an application error with a formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an application error with a user message and a cause.
func Wrap(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first application error in err's chain,
// EINTERNAL for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message a user should see: the application
// error's message, or a generic one for internal errors.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error: " + err.Error()
}

// ExitCode maps an error to the CLI exit status.
func ExitCode(err error) int {
	switch ErrorCode(err) {
	case "":
		return 0
	case EINVALID:
		return 2
	case ENOTFOUND:
		return 3
	case ECONFLICT:
		return 4
	case EUNAVAILABLE:
		return 5
	}
	return 1
}
