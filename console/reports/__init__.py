"""PDF documents and the matplotlib chart builders they share with the views."""
