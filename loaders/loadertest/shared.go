package loadertest

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// Shared returns the path of rel inside the shared material (../shared
// next to the repository root). When it is absent the test is skipped,
// unless CI=true, when it fails.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	return sharedtest.Path(t, rel)
}
