package batch

import (
	"errors"

	"golang.org/x/sys/unix"

	"github.com/paiban/paiban/internal/atomicfile"
)

// recipeAttr is the extended attribute in which an output records what
// made it (Converter.Recipe and its format), for SkipUnchanged.
const recipeAttr = "user.paiban.recipe"

// recipeOf is what an output of format made by c records.
func (c *Converter) recipeOf(format string) string { return c.Recipe + "\x00" + format }

// setRecipe records on f, before it is renamed into place, what makes it.
// A file system without extended attributes records nothing; see
// madeBy.
func setRecipe(f *atomicfile.File, recipe string) {
	if f.Direct() {
		return
	}
	unix.Fsetxattr(int(f.Fd()), recipeAttr, []byte(recipe), 0)
}

// madeBy reports whether the output at path was made by recipe. On a file
// system without extended attributes it cannot tell and says yes, so that
// times alone decide there, as they did before recipes.
func madeBy(path, recipe string) bool {
	buf := make([]byte, len(recipe)+1)
	n, err := unix.Getxattr(path, recipeAttr, buf)
	switch {
	case errors.Is(err, unix.ENOTSUP) || errors.Is(err, unix.EOPNOTSUPP):
		return true
	case err != nil: // no record (made before, or by other means), or longer
		return false
	}
	return string(buf[:n]) == recipe
}
