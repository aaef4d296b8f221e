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
