"""Custom actions (rasa-sdk): one module per family, texts from the content store and bot.i18n."""
