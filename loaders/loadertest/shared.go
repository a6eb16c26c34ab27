package loadertest

import (
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of rel inside the shared material (../shared
// next to the repository root). When it is absent the test is skipped,
// unless CI=true, when it fails.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared: no go.mod above the test directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing with CI=true: %v", err)
		}
		t.Skipf("shared material absent (%v); set CI=true to require it", err)
	}
	return path
}
