package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/watch"
	"github.com/spf13/cobra"
)

// runWatch is `newsgraph load --watch DIR`: it loads every file in dir,
// then every new or changed file, until SIGINT or SIGTERM. Each file gets
// one line per article on standard output; a file that fails gets one line
// on standard error and is retried when it changes (or, if Dgraph was
// unavailable, after a few seconds).
func runWatch(cmd *cobra.Command, dir string, args []string) error {
	if len(args) > 0 {
		return newsgraph.Errorf(newsgraph.EINVALID, "--watch DIR loads the folder DIR only; drop the other paths (%v)", args)
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ex, err := pipeline()
	if err != nil {
		return err
	}
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	handle := func(ctx context.Context, path string) error {
		results, err := ingest.File(ctx, store, ex, path)
		for _, r := range results {
			fmt.Fprintf(out, "%s: %s %s (%d entities, %d relations)\n", path, r.Status, r.XID, r.Entities, r.Relations)
		}
		return err
	}
	opts := watch.Options{
		Concurrency: cfg.LoadConcurrency,
		Accept:      loaders.HasExtension,
		Logger:      logger,
		OnDone: func(path string, err error) {
			if err == nil || ctx.Err() != nil {
				return
			}
			msg := newsgraph.ErrorMessage(err)
			if !strings.Contains(msg, path) {
				msg = path + ": " + msg
			}
			when := "when the file changes"
			if newsgraph.ErrorCode(err) == newsgraph.EUNAVAILABLE {
				when = "in a few seconds"
			}
			fmt.Fprintf(stderr, "newsgraph: %s (will retry %s)\n", msg, when)
		},
	}
	logger.Info("watching for articles; stop with Ctrl-C", "dir", dir)
	if err := watch.Run(ctx, dir, handle, opts); err != nil {
		return err
	}
	logger.Info("stopped watching", "dir", dir)
	return nil
}
