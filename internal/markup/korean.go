package markup

// KoreanNarrowCSS sets Korean paragraphs flush start on a narrow window,
// for horizontal pages and books. Korean keeps its words whole
// (word-break: keep-all), and on a phone's measure of some 20 em a line
// that a long word (건강보험정책심의위원회를) leaves with a few syllables
// would be spread an em and more between them, where the PDF's layout
// sets such a line flush start (koTooLoose). A browser or reading system
// aligns a whole block, not a line, so on a narrow window the paragraphs
// are set ragged, as Korean news sites set them; on a wide one the gaps a
// long word leaves are spread thin enough to justify.
const KoreanNarrowCSS = `@media (max-width: 32em) {
  :lang(ko) p {
    text-align: start;
  }
}
`
