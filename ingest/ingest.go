// Package ingest takes one file or article through the whole pipeline:
// read (loaders), extract (a newsgraph.Extractor), store (a
// newsgraph.GraphWriter). The watch folder and the HTTP service use it so
// that every way in loads articles the same way.
package ingest

import (
	"context"
	"errors"
	"path/filepath"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all" // every input format
)

// Result is the outcome of loading one article.
type Result struct {
	newsgraph.LoadResult
	Title string `json:"title,omitempty"`
}

// Extract runs ex on a, turning a panic into an internal error so that one
// odd article cannot stop a long load or a service.
func Extract(ex newsgraph.Extractor, a newsgraph.Article) (an newsgraph.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newsgraph.Errorf(newsgraph.EINTERNAL, "extraction of %s failed: %v", a.XID, r)
		}
	}()
	return ex.Extract(a), nil
}

// Article extracts a's entities and relations and stores them.
func Article(ctx context.Context, w newsgraph.GraphWriter, ex newsgraph.Extractor, a newsgraph.Article) (newsgraph.Analysis, newsgraph.LoadResult, error) {
	an, err := Extract(ex, a)
	if err != nil {
		return an, newsgraph.LoadResult{}, err
	}
	res, err := w.Save(ctx, an)
	return an, res, err
}

// File reads the articles in the file at path and loads each. It returns
// the results of the articles stored and the errors of the others, joined.
// A read error that still yields articles (a corpus damaged part-way) does
// not stop the good ones. An unavailable graph stops the file at once: the
// caller retries it whole, and the articles already stored report
// unchanged.
func File(ctx context.Context, w newsgraph.GraphWriter, ex newsgraph.Extractor, path string) ([]Result, error) {
	arts, readErr := loaders.ReadFile(path)
	errs := []error{readErr}
	var out []Result
	for _, a := range arts {
		switch {
		case len(arts) > 1:
			// The file name identifies a single-article file only (see
			// graph.Origin): the articles of a corpus would claim one
			// origin and replace each other.
			a.File = ""
		case a.File == "":
			a.File = filepath.Base(path)
		}
		an, res, err := Article(ctx, w, ex, a)
		if err != nil {
			errs = append(errs, err)
			if newsgraph.ErrorCode(err) == newsgraph.EUNAVAILABLE || ctx.Err() != nil {
				break
			}
			continue
		}
		out = append(out, Result{LoadResult: res, Title: an.Article.Title})
	}
	return out, firstCode(errors.Join(errs...))
}

// firstCode gives a joined error the code of its most urgent part, so
// that a caller deciding on a retry sees EUNAVAILABLE even if a bad
// record came first.
func firstCode(err error) error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return err
	}
	for _, e := range j.Unwrap() {
		if newsgraph.ErrorCode(e) == newsgraph.EUNAVAILABLE {
			return &newsgraph.Error{Code: newsgraph.EUNAVAILABLE, Err: err}
		}
	}
	return err
}
