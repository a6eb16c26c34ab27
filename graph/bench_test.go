package graph

import (
	"context"
	"fmt"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"testing"
)

// BenchmarkSaveNew stores one new synthetic article per iteration: four
// relations, 12 entity and 4 fact mentions, over entities that earlier
// iterations created (so most entities exist, most facts are new).
func BenchmarkSaveNew(b *testing.B) {
	s, sc := open(b), scope(dgraphtest.Nonce(b))
	ctx := context.Background()
	arts := syntheticArticles(sc, b.N)
	for i := range arts {
		arts[i].Article.Text += fmt.Sprint(" ", i)
		arts[i].Article.XID = ""
	}
	b.ResetTimer()
	for _, a := range arts {
		if _, err := s.Save(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveUnchanged reloads a stored article: the no-op path.
func BenchmarkSaveUnchanged(b *testing.B) {
	s, sc := open(b), scope(dgraphtest.Nonce(b))
	ctx := context.Background()
	a := syntheticArticles(sc, 1)[0]
	if _, err := s.Save(ctx, a); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Save(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}
