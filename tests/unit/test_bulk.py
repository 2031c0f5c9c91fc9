import gc
import threading

from policy.model.bulk import collection_paused


def test_the_collector_is_off_inside_and_back_as_it_was_after_nested_and_threaded_use():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer step still runs
        inside = threading.Event()
        done = threading.Event()

        def other() -> None:
            with collection_paused():
                inside.set()
                done.wait(5)

        t = threading.Thread(target=other)
        t.start()
        inside.wait(5)
    assert not gc.isenabled()  # the other thread's step still runs
    done.set()
    t.join(5)
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_exception_still_switches_it_back_on():
    try:
        with collection_paused():
            raise ValueError("x")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_cycle_made_while_paused_is_still_collected_and_nothing_stays_frozen():
    import weakref

    class Node:
        pass

    with collection_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        gone = weakref.ref(a)
        del a, b
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None


def test_objects_another_caller_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
