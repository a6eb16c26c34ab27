//go:build tools

// Package tools pins the Dgraph server that newsgraph builds and manages.
// It lives in its own module so Dgraph's many dependencies never change the
// versions the main module resolves.
package tools

import _ "github.com/dgraph-io/dgraph/v24/dgraph"
