// Package sharedtest locates the shared material (../shared beside the
// repository: seeds, gold, corpus, GermEval) for tests. Tests that need it
// are skipped when it is absent, except with CI=true, where its absence is
// a failure: CI must never pass by skipping.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the shared folder's path, whether or not it exists.
func Root() string {
	_, file, _, _ := runtime.Caller(0) // <repo>/internal/sharedtest/sharedtest.go
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
}

// Path returns the path of elem inside the shared folder, skipping the test
// when it is absent (failing it when CI=true).
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	path := filepath.Join(append([]string{Root()}, elem...)...)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing with CI=true: %v", err)
		}
		t.Skipf("shared material absent (%v); set CI=true to require it", err)
	}
	return path
}
