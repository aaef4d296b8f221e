"""align_words: segmenter words made to cover the text exactly, or a loud error."""

import pytest

from pipeline.text.segment import align_words

ALIGNED = [
    # (words, text, expected tokens)
    (["全市", "新建", "公园", "12", "个"], "全市新建公园12个", ["全市", "新建", "公园", "12", "个"]),
    (["全市", "", "新建"], "全市新建", ["全市", "新建"]),  # an empty word is dropped
    (["北京", "上海"], "北京 上海", ["北京", " ", "上海"]),  # a dropped space comes back as a token
    (["北京", "上海"], "北京\n\n上海\n", ["北京", "\n\n", "上海", "\n"]),
    ([], "", []),
]


@pytest.mark.parametrize("words, text, expected", ALIGNED)
def test_align_words_covers_the_text(words, text, expected):
    tokens = align_words(words, text)
    assert tokens == expected
    assert "".join(tokens) == text


@pytest.mark.parametrize("words, text", [(["全市", "新建"], "全省新建"), (["全市"], "全市新建")])
def test_align_words_refuses_words_that_do_not_match(words, text):
    with pytest.raises(ValueError):
        align_words(words, text)


def test_user_words_shape_the_segmenter_not_the_word_tagger():
    """The segmenter's user words stay in its own instance; word_tags reads jieba's plain dictionary."""
    from pipeline.text.segment import RJiebaSegmenter
    from pipeline.text.words import word_tags

    invented = "澄湖晓镇"  # a name jieba's dictionary does not hold
    before = word_tags(invented)
    assert invented not in [word for word, _ in before]
    assert RJiebaSegmenter([invented]).cut(f"在{invented}调研") == ["在", invented, "调研"]
    assert word_tags(invented) == before
