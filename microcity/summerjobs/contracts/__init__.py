"""Contracts and the documents the Labour Law requires before a youth's first working day."""
