package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
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
compute their xids.`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		var xids []string
		for _, arg := range args {
			if strings.HasPrefix(arg, "article:") {
				xids = append(xids, arg)
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
				xids = append(xids, xid)
			}
		}
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		out := cmd.OutOrStdout()
		missing := 0
		for _, xid := range xids {
			res, err := store.Forget(cmd.Context(), xid)
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
			return newsgraph.Errorf(newsgraph.ENOTFOUND, "%d of %d articles not in the graph", missing, len(xids))
		}
		return nil
	},
}

func init() { rootCmd.AddCommand(forgetCmd) }
