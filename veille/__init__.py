"""Veille: news monitoring and entity extraction for French-language cluster news."""
