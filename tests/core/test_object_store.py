"""Uploads in an S3-compatible object store (core/storage.py), against a real server over HTTP
(s3rver, started by the `s3_server` fixture), and `tscplus media_move` both ways."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from tests.factories import establishment, image_upload
from tscplus.core import storage
from tscplus.core.media_move import media_move, media_stores
from tscplus.voice import services
from tscplus.voice.models import Rating

pytestmark = pytest.mark.usefixtures("geo")

FIVES = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 5)


def rated_with_photo(place, device):
    return services.rating_submit(
        establishment=place, ratings=FIVES, device=device, ip="203.0.113.5", photo=image_upload()
    )


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def on_disk(settings):
    settings.STORAGES = {**settings.STORAGES, "default": storage.disk()}


def test_the_url_names_the_store_or_says_what_is_wrong():
    found = storage.object_store("s3://AK%2F1:SE%40CRET@store.example.go.th/uploads/tsc?region=th")
    options = found["OPTIONS"]
    assert found["BACKEND"] == storage.S3_BACKEND
    assert options["endpoint_url"] == "https://store.example.go.th"
    assert (options["access_key"], options["secret_key"]) == ("AK/1", "SE@CRET")
    assert (options["bucket_name"], options["location"], options["region_name"]) == (
        "uploads",
        "tsc",
        "th",
    )
    assert storage.object_store("s3+http://a:b@10.0.0.5:9000/b")["OPTIONS"]["endpoint_url"] == (
        "http://10.0.0.5:9000"
    )
    assert storage.uploads("") == storage.disk()
    for wrong in ("http://a:b@host/bucket", "s3://host/bucket", "s3://a:b@host/", "s3://a:b@/b"):
        with pytest.raises(ImproperlyConfigured, match="OBJECT_STORE_URL"):
            storage.object_store(wrong)


def test_a_photo_goes_to_the_store_and_is_served_through_its_view(client, media, object_store):
    rating = rated_with_photo(establishment(subdistrict="500105"), "d1")
    name = rating.photo.name
    assert not (media / name).exists()  # not on this machine's disk
    kept = list(object_store["directory"].rglob("*"))
    assert any(name.rsplit("/", 1)[-1] in str(path) for path in kept)  # in the server's files
    answer = client.get(reverse("voice:photo", args=["rating", rating.pk]))
    assert answer.status_code == 200 and answer["Content-Type"] == "image/jpeg"
    with default_storage.open(name, "rb") as stored:
        assert b"".join(answer.streaming_content) == stored.read()
    missing = client.get(reverse("voice:photo", args=["rating", rating.pk + 1000]))
    assert missing.status_code == 404


def test_media_move_there_and_back_and_again_after_a_stop(settings, media, object_store):
    on_disk(settings)
    place = establishment(subdistrict="500105")
    names = [rated_with_photo(place, f"d{i}").photo.name for i in range(3)]
    disk, store = media_stores("store")
    original = {name: disk.open(name, "rb").read() for name in names}
    # An earlier run copied the first file before it stopped.
    store.save(names[0], ContentFile(original[names[0]]))

    moved = media_move("store")
    assert (moved.copied, moved.already_there, moved.missing) == (2, 1, [])
    assert media_move("store").copied == 0  # a second run finds everything there
    assert all(store.open(name, "rb").read() == original[name] for name in names)

    # Back to an empty disk, where an earlier run had cut one file short.
    for name in names:
        disk.delete(name)
    disk.save(names[1], ContentFile(original[names[1]][:100]))
    moved = media_move("disk")
    assert (moved.copied, moved.already_there) == (3, 0)
    assert all(disk.open(name, "rb").read() == original[name] for name in names)

    moved = media_move("store", remove_source=True)
    assert (moved.already_there, moved.removed) == (3, 3)
    assert not any(disk.exists(name) for name in names)
    assert media_move("store").missing == []  # moved already: not missing


def test_media_move_names_what_is_nowhere_and_fails(settings, media, object_store, capsys):
    on_disk(settings)
    rating = rated_with_photo(establishment(subdistrict="500105"), "d1")
    Rating.objects.filter(pk=rating.pk).update(photo="ratings/gone.jpg")
    with pytest.raises(CommandError, match="1 files named in the database were not found"):
        call_command("media_move", "--to", "store")
    assert f"voice.Rating {rating.pk} photo: ratings/gone.jpg" in capsys.readouterr().err


def test_media_move_needs_a_store(settings):
    settings.OBJECT_STORE_URL = ""
    with pytest.raises(CommandError, match="OBJECT_STORE_URL is not set"):
        call_command("media_move", "--to", "store")
