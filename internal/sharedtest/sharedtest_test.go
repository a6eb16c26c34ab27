package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootIsBesideTheRepository(t *testing.T) {
	// The repository root holds go.mod; the shared folder is its sibling.
	repo := filepath.Join(Root(), "..", filepath.Base(mustRepo(t)))
	if _, err := os.Stat(filepath.Join(repo, "go.mod")); err != nil {
		t.Fatalf("Root() = %s is not beside the repository: %v", Root(), err)
	}
}

func mustRepo(t *testing.T) string {
	wd, err := os.Getwd() // <repo>/internal/sharedtest
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(filepath.Dir(wd))
}
