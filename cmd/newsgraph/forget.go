package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/spf13/cobra"
)

var forgetCmd = &cobra.Command{
	Use:   "forget ARTICLE...",
	Short: "Remove articles and every fact that rests only on them",
	Long: `forget removes articles from the graph: the article, its mentions, every
fact no other article reports, and every entity left with no mention and no
fact. Facts that other articles also report stay. ARTICLE is an article xid
("article:…", as printed by queries) or a file, whose articles are read to
compute their xids. A file that holds one article and was changed since it
was loaded forgets the version in the graph (found by file name and source,
or URL, as load replaces versions).`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		var targets []forgetTarget
		for _, arg := range args {
			if strings.HasPrefix(arg, "article:") {
				targets = append(targets, forgetTarget{xid: arg})
				continue
			}
			arts, err := loaders.ReadFile(arg)
			if err != nil && len(arts) == 0 {
				return err
			}
			for _, a := range arts {
				xid := a.XID
				if xid == "" {
					xid = newsgraph.ArticleXID(a.Text)
				}
				// as load gives it: a file's articles are versions of one
				// another only when it holds one
				if a.File == "" {
					a.File = filepath.Base(arg)
				}
				origin := graph.Origin(a)
				if len(arts) > 1 && a.URL == "" {
					origin = ""
				}
				targets = append(targets, forgetTarget{xid: xid, origin: origin, file: arg})
			}
		}
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		out := cmd.OutOrStdout()
		missing := 0
		for _, tg := range targets {
			xid := tg.xid
			res, err := store.Forget(cmd.Context(), xid)
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND && tg.origin != "" {
				// The file changed since it was loaded: forget the
				// version the graph has.
				if stored, oerr := store.ArticleByOrigin(cmd.Context(), tg.origin); oerr == nil && stored != xid {
					fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s changed since it was loaded; forgetting the stored version %s\n", tg.file, stored)
					xid = stored
					res, err = store.Forget(cmd.Context(), xid)
				}
			}
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				missing++
				fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s\n", newsgraph.ErrorMessage(err))
				continue
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "forgot %s: %d mentions, %d facts, %d entities removed\n", xid, res.Mentions, res.Facts, res.Entities)
		}
		if missing > 0 {
			return newsgraph.Errorf(newsgraph.ENOTFOUND, "%d of %d articles not in the graph", missing, len(targets))
		}
		return nil
	},
}

// forgetTarget is one article to forget: its xid, and where it came from
// (origin: see graph.Origin; "" when the file does not identify it).
type forgetTarget struct {
	xid, origin, file string
}

func init() { rootCmd.AddCommand(forgetCmd) }
